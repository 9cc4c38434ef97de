using GpConnect.Provider.Store;

namespace GpConnect.Provider.Tests.Infrastructure;

/// <summary>
/// The host on PostgreSQL: a database of its own on the run's one server (<see cref="PostgresFixture"/>), so test
/// classes using separate factories run in parallel without seeing each other's rows. Use it as a class or
/// collection fixture; tests that change data reset it first, so their order does not matter:
/// <code>
/// public sealed class AppointmentsTests(GpConnectApiFactory factory) : IClassFixture&lt;GpConnectApiFactory&gt;, IAsyncLifetime
/// {
///     public async ValueTask InitializeAsync() =&gt; await factory.ResetAsync(TestContext.Current.CancellationToken);
///     public ValueTask DisposeAsync() =&gt; ValueTask.CompletedTask;
/// }
/// </code>
/// </summary>
public class GpConnectApiFactory(PostgresFixture postgres) : GpConnectApiFactoryBase
{
    private TestDatabase? _database;

    /// <summary>The host's database, for tests that check what was stored.</summary>
    public TestDatabase Database => _database ?? throw new InvalidOperationException("The fixture has not been initialised.");

    protected override StoreProvider StoreProvider => StoreProvider.Postgres;

    protected override string StoreConnectionString => Database.ConnectionString;

    protected override async Task PrepareStoreAsync(CancellationToken cancellationToken) =>
        _database = await postgres.CreateDatabaseAsync(GetType().Name, cancellationToken);

    protected override Task EmptyStoreAsync(CancellationToken cancellationToken) =>
        Database.TruncateAllTablesAsync(cancellationToken);

    protected override async ValueTask ReleaseStoreAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
