using GpConnect.Provider.Store;
using Microsoft.Data.Sqlite;

namespace GpConnect.Provider.Tests.Store;

/// <summary>The store tests on the embedded default: a temporary SQLite file per test, migrated like production.</summary>
public sealed class SqliteClinicalRecordStoreTests : ClinicalRecordStoreTests
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"gpc-store-{Guid.NewGuid():N}.db");

    protected override Task<(StoreProvider Provider, string ConnectionString)> CreateDatabaseAsync(CancellationToken cancellationToken) =>
        Task.FromResult((StoreProvider.Sqlite, $"Data Source={_path}"));

    protected override ValueTask DropDatabaseAsync()
    {
        // Pooled connections keep the file open.
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        return ValueTask.CompletedTask;
    }
}
