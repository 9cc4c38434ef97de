using GpConnect.Provider.Tests.Infrastructure;

namespace GpConnect.Provider.Tests.Foundations.Pipeline;

/// <summary>
/// <see cref="PipelineApiFactory"/> on a real Kestrel socket instead of the in-memory test server, for behaviour
/// only a real HTTP/1.1 connection shows (chunked transfer encoding).
/// </summary>
public sealed class KestrelPipelineApiFactory : PipelineApiFactory
{
    public KestrelPipelineApiFactory(PostgresFixture postgres)
        : base(postgres) => UseKestrel(0);
}
