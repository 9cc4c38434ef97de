using GpConnect.Provider.Tests.Infrastructure;
using Xunit;

namespace GpConnect.Provider.Tests.Smoke;

public sealed class SqliteHostSmokeTests(SqliteGpConnectApiFactory factory)
    : HostSmokeTests(factory), IClassFixture<SqliteGpConnectApiFactory>;
