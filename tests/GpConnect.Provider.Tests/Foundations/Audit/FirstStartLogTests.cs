using System.Globalization;
using FluentAssertions;
using Serilog.Events;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Audit;

/// <summary>
/// A first start against a brand-new, empty PostgreSQL database (the host migrates and seeds it) logs no error: an
/// operator reading that log must not see EF Core's probe of the missing migrations history table, or anything like
/// it, reported as a failure.
/// </summary>
[Trait("Category", "Integration")]
public sealed class FirstStartLogTests(FirstStartLogCaptureApiFactory factory) : IClassFixture<FirstStartLogCaptureApiFactory>
{
    [Fact]
    public void GivenAnEmptyDatabase_WhenTheHostMigratesAndSeedsItAtStart_ThenNothingIsLoggedAsAnErrorOrWithAStackTrace()
    {
        factory.Events.Should().Contain(
            e => e.MessageTemplate.Text.StartsWith("Clinical record migrated", StringComparison.Ordinal),
            "the host itself migrated the empty database");
        factory.Events.Where(e => e.Level >= LogEventLevel.Error).Select(e => e.RenderMessage(CultureInfo.InvariantCulture)).Should().BeEmpty();
        factory.Events.Where(e => e.Level >= LogEventLevel.Information && e.Exception != null).Select(e => e.RenderMessage(CultureInfo.InvariantCulture)).Should().BeEmpty();
    }
}
