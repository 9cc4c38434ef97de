using GpConnect.Provider.Tests.Foundations.Pipeline;
using GpConnect.Provider.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace GpConnect.Provider.Tests.Foundations.Audit;

/// <summary>The real host on PostgreSQL with the administration endpoints switched on by an administrator key.</summary>
public sealed class PracticeAdministrationApiFactory(PostgresFixture postgres) : PipelineApiFactory(postgres)
{
    public const string ApiKey = "practice-admin-secret";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Admin:ApiKey", ApiKey);
        builder.ConfigureAppConfiguration((_, configuration) =>
            configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Admin:ApiKey"] = ApiKey }));
    }
}
