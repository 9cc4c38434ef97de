using GpConnect.Provider.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GpConnect.Provider.Tests.Store;

/// <summary>
/// The store as the host wires it (<c>AddClinicalRecordStore</c> with a <c>Database</c> section), with a fake clock
/// registered first so the store's TryAdd leaves it in place.
/// </summary>
internal sealed class StoreHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private StoreHost(ServiceProvider services, FakeTimeProvider clock)
    {
        _services = services;
        Clock = clock;
    }

    /// <summary>A Monday morning, so slot rules are easy to reason about.</summary>
    public static DateTimeOffset Start { get; } = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; }

    public static StoreHost Create(StoreProvider provider, string connectionString, bool seed = true)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider.ToString(),
                ["Database:ConnectionString"] = connectionString,
                ["Database:SeedDemoData"] = seed.ToString(),

                // Never the default in the working directory, which every test host would share.
                ["Database:AuditJournalPath"] = Path.Combine(Path.GetTempPath(), $"gpc-store-journal-{Guid.NewGuid():N}.jsonl"),
            })
            .Build();
        var clock = new FakeTimeProvider(Start);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddClinicalRecordStore(configuration);
        return new StoreHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }), clock);
    }

    public AsyncServiceScope CreateScope() => _services.CreateAsyncScope();

    /// <summary>Runs <paramref name="action"/> with a fresh context, as one request would.</summary>
    public async Task<T> WithContextAsync<T>(Func<ClinicalRecordDbContext, Task<T>> action)
    {
        await using var scope = CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<ClinicalRecordDbContext>());
    }

    public async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        await using var scope = CreateScope();
        await scope.ServiceProvider.GetRequiredService<ClinicalRecordInitialiser>().InitialiseAsync(cancellationToken);
    }

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = CreateScope();
        await scope.ServiceProvider.GetRequiredService<ClinicalRecordInitialiser>().SeedAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
