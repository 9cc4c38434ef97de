using System.Collections.Concurrent;
using GpConnect.Provider.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace GpConnect.Provider.Tests.Foundations.Audit;

/// <summary>
/// The real host with every log source at its most verbose (ASP.NET Core's hosting diagnostics included, which log
/// each request's query string) and every Serilog event kept in <see cref="Events"/>, for tests of what reaches the
/// application log.
/// </summary>
public class LogCaptureApiFactory(PostgresFixture postgres) : GpConnectApiFactory(postgres)
{
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var verbose = new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Verbose",
            ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Verbose",
            ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore"] = "Verbose",
            ["Serilog:MinimumLevel:Override:System.Net.Http"] = "Verbose",
        };
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(verbose));

        // Program reads sinks from the container (ReadFrom.Services), so this one sees what the configured sinks see.
        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(new CapturingSink(Events)));
    }

    private sealed class CapturingSink(ConcurrentQueue<LogEvent> events) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
    }
}
