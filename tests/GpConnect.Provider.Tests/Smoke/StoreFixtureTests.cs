using FluentAssertions;
using GpConnect.Provider.Tests.Infrastructure;
using Xunit;

namespace GpConnect.Provider.Tests.Smoke;

/// <summary>Proves the HTTP tests' store is migrated (not <c>EnsureCreated</c>), seeded, and reset to that same state.</summary>
[Trait("Category", "Integration")]
public sealed class StoreFixtureTests(GpConnectApiFactory factory) : IClassFixture<GpConnectApiFactory>
{
    [Fact]
    public async Task GivenTheFactoryDatabase_WhenTheFixtureHasStarted_ThenEveryMigrationIsRecordedAsApplied()
    {
        var applied = await factory.AppliedMigrationsAsync(TestContext.Current.CancellationToken);

        // EnsureCreated would build the same tables but leave the history empty.
        applied.Should().NotBeEmpty().And.Equal(factory.KnownMigrations());
    }

    [Fact]
    public async Task GivenAnEmptiedStore_WhenResetting_ThenItHoldsExactlyTheSeededDemoDataAgain()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await factory.ResetAsync(cancellationToken);
        var seeded = await factory.Database.RowCountsAsync(cancellationToken);
        await factory.Database.TruncateAllTablesAsync(cancellationToken);

        await factory.ResetAsync(cancellationToken);

        seeded.Values.Sum().Should().BePositive("the demo practice is seeded");
        (await factory.Database.RowCountsAsync(cancellationToken)).Should().Equal(seeded);
        (await factory.AppliedMigrationsAsync(cancellationToken)).Should().Equal(factory.KnownMigrations());
    }
}
