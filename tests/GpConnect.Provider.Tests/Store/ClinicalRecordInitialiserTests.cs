using FluentAssertions;
using GpConnect.Provider.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace GpConnect.Provider.Tests.Store;

/// <summary>The startup contract: options decide whether to migrate and seed, and DI hands out the configured provider.</summary>
public sealed class ClinicalRecordInitialiserTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"gpc-init-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task GivenSeedingSwitchedOff_WhenInitialising_ThenTheSchemaIsMigratedButEmpty()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var host = StoreHost.Create(StoreProvider.Sqlite, $"Data Source={_path}", seed: false);

        await host.InitialiseAsync(cancellationToken);

        var (pending, patients) = await host.WithContextAsync(async db =>
            ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count(), await db.Patients.CountAsync(cancellationToken)));
        pending.Should().Be(0);
        patients.Should().Be(0);
    }

    [Fact]
    public async Task GivenAHostWithTheStore_WhenItStarts_ThenTheDatabaseIsMigratedAndSeededBeforeItRuns()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = $"Data Source={_path}",
            ["Database:SeedDemoData"] = "true",
        });
        builder.AddClinicalRecordStore();
        using var host = builder.Build();

        await host.StartAsync(cancellationToken);
        try
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ClinicalRecordDbContext>();
            (await db.Patients.CountAsync(p => p.NhsNumber == "9690937286", cancellationToken)).Should().Be(1);
            (await db.Practices.CountAsync(p => p.Organisation.OdsCode == "B82617", cancellationToken)).Should().Be(1);
        }
        finally
        {
            await host.StopAsync(cancellationToken);
        }
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite, typeof(SqliteClinicalRecordDbContext))]
    [InlineData(StoreProvider.Postgres, typeof(PostgresClinicalRecordDbContext))]
    public async Task GivenAConfiguredProvider_WhenResolvingTheContext_ThenTheBaseTypeIsThatProvidersContext(StoreProvider provider, Type expected)
    {
        var connectionString = provider == StoreProvider.Sqlite ? $"Data Source={_path}" : "Host=unused.invalid;Database=unused";
        await using var host = StoreHost.Create(provider, connectionString);
        await using var scope = host.CreateScope();

        scope.ServiceProvider.GetRequiredService<ClinicalRecordDbContext>().Should().BeOfType(expected);
    }

    [Fact]
    public void GivenNoDatabaseSection_WhenReadingOptions_ThenSqliteWithMigrationsAndNoDemoSeedIsTheDefault()
    {
        var options = new StoreOptions();

        options.Provider.Should().Be(StoreProvider.Sqlite);
        options.ResolveConnectionString().Should().Be("Data Source=gpconnect.db");
        options.ApplyMigrationsOnStartup.Should().BeTrue();
        options.SeedDemoData.Should().BeFalse("demo patients are seeded in Development only (appsettings.Development.json)");
        new StoreOptions { Provider = StoreProvider.Postgres }.Invoking(o => o.ResolveConnectionString()).Should().Throw<InvalidOperationException>();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
