using GpConnect.Provider.Tests.Foundations.Pipeline;
using GpConnect.Provider.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace GpConnect.Provider.Tests.Foundations.Cors;

/// <summary>The real host on PostgreSQL allowing one browser origin, <see cref="AllowedOrigin"/>, to call the GP Connect roots.</summary>
public sealed class CorsApiFactory(PostgresFixture postgres) : PipelineApiFactory(postgres)
{
    public const string AllowedOrigin = "https://consumer.example.nhs.uk";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureAppConfiguration((_, configuration) =>
            configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["GpConnect:Cors:AllowedOrigins:0"] = AllowedOrigin }));
    }
}
