using GpConnect.Provider.Tests.Infrastructure;
using Xunit;

namespace GpConnect.Provider.Tests.Smoke;

[Trait("Category", "Integration")]
public sealed class PostgresHostSmokeTests(GpConnectApiFactory factory)
    : HostSmokeTests(factory), IClassFixture<GpConnectApiFactory>;
