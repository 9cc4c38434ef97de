using System.Globalization;
using Npgsql;

namespace GpConnect.Provider.Tests.Infrastructure;

/// <summary>
/// A database of its own for one test class or collection, so classes running in parallel never see each
/// other's rows. Dropped (forcibly, closing any pooled connections) when disposed.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    // PostgreSQL truncates identifiers at 63 bytes.
    private const int MaxNameLength = 63;

    private readonly string _adminConnectionString;

    private TestDatabase(string adminConnectionString, string name)
    {
        _adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    internal static async Task<TestDatabase> CreateAsync(IPostgresServer server, string purpose, CancellationToken cancellationToken)
    {
        var safePurpose = new string(purpose.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '_').ToArray());
        var suffix = "_" + Guid.NewGuid().ToString("N")[..12];
        var name = ("gpc_" + safePurpose)[..Math.Min(MaxNameLength - suffix.Length, 4 + safePurpose.Length)] + suffix;

        var database = new TestDatabase(server.AdminConnectionString, name);
        await using var connection = new NpgsqlConnection(server.AdminConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return database;
    }

    /// <summary>
    /// Empties every table the migrations created (any schema but PostgreSQL's own), keeping the migrations
    /// history, so the next test starts from the migrated schema with no rows. Identities restart too, so ids a
    /// test sees do not depend on which tests ran before it.
    /// </summary>
    public async Task TruncateAllTablesAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var tables = await ApplicationTablesAsync(connection, cancellationToken);
        if (tables.Count == 0)
        {
            return;
        }

        await using var truncate = new NpgsqlCommand($"TRUNCATE TABLE {string.Join(", ", tables)} RESTART IDENTITY CASCADE", connection);
        await truncate.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Rows per application table (schema-qualified name), for tests that compare whole-database states.</summary>
    public async Task<IReadOnlyDictionary<string, long>> RowCountsAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in await ApplicationTablesAsync(connection, cancellationToken))
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
            counts[table] = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        }

        return counts;
    }

    /// <summary>
    /// Every table but PostgreSQL's own and EF Core's migrations history, quoted and schema-qualified. The history
    /// table is recognised by its leading double underscore, whatever the store names it (the EF default is
    /// <c>__EFMigrationsHistory</c>); no entity table starts that way.
    /// </summary>
    private static async Task<List<string>> ApplicationTablesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var list = new NpgsqlCommand(
            """
            SELECT quote_ident(schemaname) || '.' || quote_ident(tablename)
            FROM pg_catalog.pg_tables
            WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
              AND schemaname NOT LIKE 'pg\_%'
              AND tablename NOT LIKE '\_\_%'
            ORDER BY 1
            """,
            connection);
        var tables = new List<string>();
        await using var reader = await list.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    /// <summary>Runs a query that returns one value, for tests that check the database itself.</summary>
    public async Task<T> ScalarAsync<T>(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return (T)Convert.ChangeType(value!, typeof(T), CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await using var admin = new NpgsqlConnection(_adminConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
