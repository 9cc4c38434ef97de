using GpConnect.Provider.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GpConnect.Provider.Tests.Foundations.Pipeline;

/// <summary>The real host on PostgreSQL plus the <see cref="PipelineProbeController"/> endpoints.</summary>
public class PipelineApiFactory(PostgresFixture postgres) : GpConnectApiFactory(postgres)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.AddControllers().AddApplicationPart(typeof(PipelineProbeController).Assembly));
    }
}
