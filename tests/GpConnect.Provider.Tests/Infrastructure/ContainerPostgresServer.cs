using Testcontainers.PostgreSql;

namespace GpConnect.Provider.Tests.Infrastructure;

/// <summary>PostgreSQL 15 (the version docker-compose.yml runs) in a Testcontainers container.</summary>
internal sealed class ContainerPostgresServer : IPostgresServer
{
    private const string Image = "postgres:15-alpine";
    private readonly PostgreSqlContainer _container;

    private ContainerPostgresServer(PostgreSqlContainer container) => _container = container;

    public string Description => $"Testcontainers {Image} ({_container.Hostname}:{_container.GetMappedPublicPort(PostgreSqlBuilder.PostgreSqlPort)})";

    public string AdminConnectionString => _container.GetConnectionString();

    public static async Task<ContainerPostgresServer> StartAsync()
    {
        var container = new PostgreSqlBuilder(Image).Build();
        try
        {
            await container.StartAsync();
        }
        catch
        {
            await container.DisposeAsync();
            throw;
        }

        return new ContainerPostgresServer(container);
    }

    public ValueTask DisposeAsync() => _container.DisposeAsync();
}
