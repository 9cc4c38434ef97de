using FluentAssertions;
using GpConnect.Provider.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace GpConnect.Provider.Tests.Smoke;

/// <summary>
/// Proves what the HTTP tests rely on: the host's store is migrated (not <c>EnsureCreated</c>) and seeded, a reset
/// returns it and the clock to that same state, and the host tells time by the test's clock.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ApiFactoryTests(GpConnectApiFactory factory) : IClassFixture<GpConnectApiFactory>
{
    [Fact]
    public async Task GivenTheFactoryDatabase_WhenTheFixtureHasStarted_ThenEveryMigrationIsRecordedAsApplied()
    {
        var applied = await factory.AppliedMigrationsAsync(TestContext.Current.CancellationToken);

        // EnsureCreated would build the same tables but leave the history empty.
        applied.Should().NotBeEmpty().And.Equal(factory.KnownMigrations());
    }

    [Fact]
    public async Task GivenAnEmptiedStoreAndAMovedClock_WhenResetting_ThenBothAreBackToTheSeededStart()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await factory.ResetAsync(cancellationToken);
        var seeded = await factory.Database.RowCountsAsync(cancellationToken);
        await factory.Database.TruncateAllTablesAsync(cancellationToken);
        factory.Clock.Advance(TimeSpan.FromDays(3));

        await factory.ResetAsync(cancellationToken);

        seeded.Values.Sum().Should().BePositive("the demo practice is seeded");
        (await factory.Database.RowCountsAsync(cancellationToken)).Should().Equal(seeded);
        (await factory.AppliedMigrationsAsync(cancellationToken)).Should().Equal(factory.KnownMigrations());
        factory.Clock.GetUtcNow().Should().Be(GpConnectApiFactoryBase.KnownInstant);
    }

    [Fact]
    public void GivenTheHost_WhenResolvingItsTimeProvider_ThenItIsTheTestsFakeClock()
    {
        factory.Services.GetRequiredService<TimeProvider>().Should().BeSameAs(factory.Clock);
    }
}
