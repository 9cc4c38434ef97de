using GpConnect.Provider.Tests.Infrastructure;

namespace GpConnect.Provider.Tests.Foundations.Audit;

/// <summary>
/// The same capture on a brand-new, empty PostgreSQL database that the host itself migrates and seeds as it starts,
/// as a first deployment does.
/// </summary>
public sealed class FirstStartLogCaptureApiFactory(PostgresFixture postgres) : LogCaptureApiFactory(postgres)
{
    protected override bool HostInitialisesStore => true;
}
