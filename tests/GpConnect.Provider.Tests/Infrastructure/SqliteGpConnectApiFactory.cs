using GpConnect.Provider.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GpConnect.Provider.Tests.Infrastructure;

/// <summary>
/// The host on the embedded SQLite store, as <c>dotnet run</c> gives a newcomer: the host migrates and seeds it at
/// start-up itself. The database is a temporary file, deleted afterwards. Not a stand-in for PostgreSQL: it tests
/// SQLite as itself (docs/decisions/0002).
/// </summary>
public class SqliteGpConnectApiFactory : GpConnectApiFactoryBase
{
    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"gpc-sqlite-{Guid.NewGuid():N}.db");

    protected override StoreProvider StoreProvider => StoreProvider.Sqlite;

    // No pooling: a pooled connection keeps the file open, and it must be deletable once the host stops.
    protected override string StoreConnectionString => $"Data Source={_databaseFile};Pooling=False";

    protected override bool HostInitialisesStore => true;

    protected override Task PrepareStoreAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override async Task EmptyStoreAsync(CancellationToken cancellationToken)
    {
        await using var scope = Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<ClinicalRecordDbContext>().Database;
        var tables = await database
            .SqlQueryRaw<string>(
                """
                SELECT name AS Value FROM sqlite_master
                WHERE type = 'table' AND name NOT LIKE '\_\_%' ESCAPE '\'
                  AND (name NOT LIKE 'sqlite\_%' ESCAPE '\' OR name = 'sqlite_sequence')
                """)
            .ToListAsync(cancellationToken);

        // Tables starting "__" are EF Core's migrations history. Foreign keys off for the duration, so the tables can be emptied in any order (SQLite has no TRUNCATE ... CASCADE);
        // emptying sqlite_sequence restarts AUTOINCREMENT ids, as RESTART IDENTITY does on PostgreSQL.
        var statements = tables.Select(table => $"DELETE FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\";");
#pragma warning disable EF1002 // Table names come from sqlite_master, not from input.
        await database.ExecuteSqlRawAsync(
            $"PRAGMA foreign_keys = OFF; {string.Join(' ', statements)} PRAGMA foreign_keys = ON;", cancellationToken);
#pragma warning restore EF1002
    }

    protected override ValueTask ReleaseStoreAsync()
    {
        foreach (var file in new[] { _databaseFile, _databaseFile + "-wal", _databaseFile + "-shm", _databaseFile + "-journal" })
        {
            File.Delete(file);
        }

        return ValueTask.CompletedTask;
    }
}
