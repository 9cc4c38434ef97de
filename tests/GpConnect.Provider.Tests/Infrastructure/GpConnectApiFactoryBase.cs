using GpConnect.Provider.Foundations.ServiceRoots;
using GpConnect.Provider.Store;
using GpConnect.Provider.Tests.Profiles;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace GpConnect.Provider.Tests.Infrastructure;

/// <summary>
/// The real host (<see cref="Program"/>) in memory, on a store of its own, with a fake clock. Subclasses choose the
/// store: <see cref="GpConnectApiFactory"/> (PostgreSQL, what the HTTP tests use) or
/// <see cref="SqliteGpConnectApiFactory"/> (the embedded default a newcomer meets).
/// </summary>
/// <remarks>
/// The store is migrated and seeded by the store's own <see cref="ClinicalRecordInitialiser"/> when the fixture
/// starts (never <c>EnsureCreated</c>); <see cref="ResetAsync"/> puts it back to that state between tests.
/// </remarks>
public abstract class GpConnectApiFactoryBase : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>The instant the fake clock starts at: a weekday morning, so "today's" slots and sessions exist.</summary>
    public static readonly DateTimeOffset KnownInstant = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The ASID the host is configured with; requests send it as <c>Ssp-To</c>.</summary>
    public const string ProviderAsid = "918999198738";

    /// <summary>The demo practice the seed data creates (README, "Run it with demo data").</summary>
    public const string DemoPracticeOdsCode = "B82617";

    /// <summary>
    /// The host's clock. It never moves by itself: tests read it, or <c>Advance</c> it, to make time-dependent
    /// behaviour (slot windows, JWT expiry, audit stamps) exact. <see cref="ResetAsync"/> sets it back to
    /// <see cref="KnownInstant"/>.
    /// </summary>
    public FakeTimeProvider Clock { get; } = new(KnownInstant);

    /// <summary><c>Database:Provider</c> for the host.</summary>
    protected abstract StoreProvider StoreProvider { get; }

    /// <summary><c>Database:ConnectionString</c> for the host; valid once <see cref="PrepareStoreAsync"/> has run.</summary>
    protected abstract string StoreConnectionString { get; }

    /// <summary>Whether the host itself migrates and seeds at start-up (<c>Database:ApplyMigrationsOnStartup</c>/<c>SeedDemoData</c>).</summary>
    protected virtual bool HostInitialisesStore => false;

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await PrepareStoreAsync(cancellationToken);
        await UsingInitialiserAsync(async initialiser =>
        {
            await initialiser.MigrateAsync(cancellationToken);
            await initialiser.SeedAsync(cancellationToken);
        });
    }

    /// <summary>
    /// Empties the store, sets the clock back to <see cref="KnownInstant"/> and seeds again, so the next test sees
    /// exactly what a fresh fixture sees (the seed's rolling slots are relative to the clock).
    /// </summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        await EmptyStoreAsync(cancellationToken);
        // AdjustTime, unlike SetUtcNow, may go backwards.
        Clock.AdjustTime(KnownInstant);
        await UsingInitialiserAsync(initialiser => initialiser.SeedAsync(cancellationToken));
        Services.GetRequiredService<PracticeDirectory>().Forget();
    }

    /// <summary>The migrations EF Core has recorded as applied to the host's store, read from its history table.</summary>
    public async Task<IReadOnlyList<string>> AppliedMigrationsAsync(CancellationToken cancellationToken)
    {
        await using var scope = Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<ClinicalRecordDbContext>().Database;
        return [.. await database.GetAppliedMigrationsAsync(cancellationToken)];
    }

    /// <summary>Every migration the store's assembly holds for the configured provider.</summary>
    public IReadOnlyList<string> KnownMigrations()
    {
        using var scope = Services.CreateScope();
        return [.. scope.ServiceProvider.GetRequiredService<ClinicalRecordDbContext>().Database.GetMigrations()];
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await ReleaseStoreAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Creates the empty database the host will use (before the host starts).</summary>
    protected abstract Task PrepareStoreAsync(CancellationToken cancellationToken);

    /// <summary>Deletes every row but the migrations history.</summary>
    protected abstract Task EmptyStoreAsync(CancellationToken cancellationToken);

    /// <summary>Drops or deletes the database (after the host has stopped).</summary>
    protected abstract ValueTask ReleaseStoreAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = StoreProvider.ToString(),
            ["Database:ConnectionString"] = StoreConnectionString,
            ["Database:ApplyMigrationsOnStartup"] = HostInitialisesStore ? "true" : "false",
            ["Database:SeedDemoData"] = HostInitialisesStore ? "true" : "false",
            ["GpConnect:ProviderAsid"] = ProviderAsid,
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };

        // UseSetting reaches code that reads configuration while Program builds its services; the in-memory source,
        // added last, wins over appsettings*.json for everything read later (options binding).
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);

            // Every FHIR response of every HTTP test is checked against its profile (docs/decisions/0009).
            services.AddSingleton<IStartupFilter, ProfileConformanceMiddleware.StartupFilter>();
        });
    }

    private async Task UsingInitialiserAsync(Func<ClinicalRecordInitialiser, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<ClinicalRecordInitialiser>());
    }
}
