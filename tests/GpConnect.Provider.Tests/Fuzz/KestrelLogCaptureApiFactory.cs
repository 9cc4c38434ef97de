using GpConnect.Provider.Tests.Foundations.Audit;
using GpConnect.Provider.Tests.Infrastructure;

namespace GpConnect.Provider.Tests.Fuzz;

/// <summary>
/// <see cref="LogCaptureApiFactory"/> on a real Kestrel socket: the fuzzer's requests go through the same HTTP parser,
/// path normalisation and connection handling a consumer's do, and every log event they cause is kept.
/// </summary>
public sealed class KestrelLogCaptureApiFactory : LogCaptureApiFactory
{
    public KestrelLogCaptureApiFactory(PostgresFixture postgres)
        : base(postgres) => UseKestrel(0);
}
