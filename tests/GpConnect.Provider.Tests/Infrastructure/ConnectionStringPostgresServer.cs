using Npgsql;

namespace GpConnect.Provider.Tests.Infrastructure;

/// <summary>A server someone already runs, named by <c>GPC_TEST_POSTGRES</c>; the tests only add and drop their own databases in it.</summary>
internal sealed class ConnectionStringPostgresServer(string connectionString) : IPostgresServer
{
    public string Description => $"{PostgresFixture.ConnectionStringVariable} ({new NpgsqlConnectionStringBuilder(connectionString).Host})";

    public string AdminConnectionString => connectionString;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
