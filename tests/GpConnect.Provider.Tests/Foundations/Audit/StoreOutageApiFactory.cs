using GpConnect.Provider.Store;
using GpConnect.Provider.Tests.Infrastructure;

namespace GpConnect.Provider.Tests.Foundations.Audit;

/// <summary>
/// The real host on a PostgreSQL cluster of its own (not the run's shared server), which a test may stop and start
/// again to stage a store outage without taking any other test class's store with it. Needs the local
/// <c>initdb</c>/<c>pg_ctl</c>, whatever server the rest of the run uses.
/// </summary>
public sealed class StoreOutageApiFactory : GpConnectApiFactoryBase
{
    private LocalPostgresCluster? _cluster;
    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The fixture has not been initialised.");

    protected override StoreProvider StoreProvider => StoreProvider.Postgres;

    protected override string StoreConnectionString => Database.ConnectionString;

    /// <summary>Stops the cluster (open sessions are terminated), as a database outage would.</summary>
    public Task StopStoreAsync() => Cluster.StopAsync();

    /// <summary>Starts the stopped cluster again, on the same port and with the same data.</summary>
    public Task StartStoreAgainAsync() => Cluster.StartAgainAsync();

    protected override async Task PrepareStoreAsync(CancellationToken cancellationToken)
    {
        var (binaries, searched) = await PostgresBinaries.FindAsync();
        _cluster = await LocalPostgresCluster.StartAsync(binaries ?? throw new InvalidOperationException(
            $"The store outage tests stop a PostgreSQL cluster of their own, made with the local initdb/pg_ctl; none found (looked in {searched})."));
        _database = await TestDatabase.CreateAsync(_cluster, nameof(StoreOutageApiFactory), cancellationToken);
    }

    protected override Task EmptyStoreAsync(CancellationToken cancellationToken) => Database.TruncateAllTablesAsync(cancellationToken);

    protected override async ValueTask ReleaseStoreAsync()
    {
        // The whole cluster goes, its database with it.
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }

    private LocalPostgresCluster Cluster => _cluster ?? throw new InvalidOperationException("The fixture has not been initialised.");
}
