using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace GpConnect.Provider.Tests.Infrastructure;

/// <summary>The same host with its store pointed at a loopback port nothing listens on: the store is down.</summary>
public static class StoreOutage
{
    /// <summary>The password of the unreachable store's connection string, which nothing may ever show.</summary>
    public const string Password = "outage-secret-pw";

    public static WebApplicationFactory<Program> WithUnreachableStore(this WebApplicationFactory<Program> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.WithWebHostBuilder(builder => builder.ConfigureAppConfiguration((_, configuration) =>
            configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:ConnectionString"] = $"Host=127.0.0.1;Port={ClosedPort()};Database=none;Username=none;Password={Password};Timeout=3",
            })));
    }

    /// <summary>A loopback port nothing listens on: bound, read, released.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
