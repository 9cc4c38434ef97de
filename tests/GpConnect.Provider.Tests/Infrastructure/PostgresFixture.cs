using Npgsql;

namespace GpConnect.Provider.Tests.Infrastructure;

/// <summary>
/// The one PostgreSQL server of a test run (an assembly fixture), found in this order: the connection string in
/// <c>GPC_TEST_POSTGRES</c>; a Testcontainers container when a Docker engine answers; a throwaway cluster from the
/// local PostgreSQL binaries. When none works every database test fails with one message naming what was tried.
/// There is deliberately no SQLite or in-memory fallback (docs/decisions/0002): a green run must mean PostgreSQL.
/// </summary>
/// <remarks>
/// Any test class or fixture can take it as a constructor parameter (xunit v3 assembly fixture) and ask for a
/// database of its own with <see cref="CreateDatabaseAsync"/>; HTTP tests use <see cref="GpConnectApiFactory"/>.
/// The server starts on first use, not when the assembly loads, so tests that need no database never wait for it
/// and never fail because of it.
/// </remarks>
public sealed class PostgresFixture : IAsyncDisposable
{
    public const string ConnectionStringVariable = "GPC_TEST_POSTGRES";

    private readonly Lazy<Task<IPostgresServer>> _server = new(FindServerAsync);

    /// <summary>Starts (once) or returns the run's server; throws the same explanation on every call when there is none.</summary>
    public Task<IPostgresServer> GetServerAsync() => _server.Value;

    /// <summary>A new, empty database on the run's server, dropped when the returned object is disposed.</summary>
    public async Task<TestDatabase> CreateDatabaseAsync(string purpose, CancellationToken cancellationToken)
    {
        var server = await GetServerAsync();
        return await TestDatabase.CreateAsync(server, purpose, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_server.IsValueCreated || !_server.Value.IsCompletedSuccessfully)
        {
            return;
        }

        await (await _server.Value).DisposeAsync();
    }

    private static async Task<IPostgresServer> FindServerAsync()
    {
        var tried = new List<string>();

        if (Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } connectionString)
        {
            // Named explicitly, so a wrong value is an error to report, not a reason to try something else.
            await using var connection = new NpgsqlConnection(connectionString);
            try
            {
                await connection.OpenAsync();
            }
            catch (Exception ex) when (ex is NpgsqlException or ArgumentException)
            {
                throw new InvalidOperationException(
                    $"{ConnectionStringVariable} is set but PostgreSQL could not be reached with it: {ex.Message}", ex);
            }

            return new ConnectionStringPostgresServer(connectionString);
        }

        tried.Add($"{ConnectionStringVariable}: not set");

        if (await DockerEngineProbe.WhyUnavailableAsync() is { } noDocker)
        {
            tried.Add($"Testcontainers: no Docker engine answered ({noDocker})");
        }
        else
        {
            try
            {
                return await ContainerPostgresServer.StartAsync();
            }
            catch (Exception ex)
            {
                tried.Add($"Testcontainers: the engine answered but the container did not start ({ex.Message})");
            }
        }

        var (binaries, searched) = await PostgresBinaries.FindAsync();
        if (binaries is null)
        {
            tried.Add($"local cluster: no initdb/pg_ctl found (looked in {searched})");
        }
        else
        {
            try
            {
                return await LocalPostgresCluster.StartAsync(binaries);
            }
            catch (Exception ex)
            {
                tried.Add($"local cluster from {binaries.Directory}: {ex.Message}");
            }
        }

        throw new InvalidOperationException(
            "No PostgreSQL for the database tests, and they never fall back to SQLite. Tried, in order: "
            + string.Join("; ", tried.Select((attempt, index) => $"{index + 1}) {attempt}"))
            + $". Fix one: set {ConnectionStringVariable} to a superuser connection string, start a Docker engine, "
            + "or install PostgreSQL (e.g. apt-get install postgresql).");
    }
}
