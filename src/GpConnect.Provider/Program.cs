using System.Globalization;
using GpConnect.Provider.Foundations;
using GpConnect.Provider.Foundations.Logging;
using Serilog;

// Logs start-up failures before configuration is read, in the same line format; the configured logger replaces it
// inside the host.
Log.Logger = new LoggerConfiguration()
    .Enrich.FromLogContext()
    .WriteTo.Console(outputTemplate: ConsoleLogFormat.OutputTemplate, formatProvider: CultureInfo.InvariantCulture)
    .CreateLogger();

try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ProviderContentRoot.Choose() });
    builder.UseDefaultListenAddress();
    // preserveStaticLogger: several hosts in one process (the HTTP tests) must not fight over Log.Logger.
    builder.Services.AddSerilog(
        (services, logger) => logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.FromLogContext(),
        preserveStaticLogger: true);
    builder.Services.AddClinicalRecordStore(builder.Configuration);
    builder.AddGpConnectFoundations();

    await using var app = builder.Build();
    app.UseGpConnectPipeline();
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "GP Connect provider terminated unexpectedly");
    // Rethrown rather than returning 1, so a host started by the HTTP tests reports its real start-up failure.
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>The host's entry point, named so that WebApplicationFactory can start it in the HTTP tests.</summary>
public partial class Program;
