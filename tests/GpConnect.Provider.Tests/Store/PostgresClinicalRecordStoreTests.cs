using GpConnect.Provider.Store;
using GpConnect.Provider.Tests.Infrastructure;
using Xunit;

namespace GpConnect.Provider.Tests.Store;

/// <summary>The store tests on PostgreSQL (production): the migrations apply and the seed behaves the same.</summary>
[Trait("Category", "Integration")]
public sealed class PostgresClinicalRecordStoreTests(PostgresFixture postgres) : ClinicalRecordStoreTests
{
    private TestDatabase? _database;

    protected override async Task<(StoreProvider Provider, string ConnectionString)> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        _database = await postgres.CreateDatabaseAsync("store", cancellationToken);
        return (StoreProvider.Postgres, _database.ConnectionString);
    }

    protected override async ValueTask DropDatabaseAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
