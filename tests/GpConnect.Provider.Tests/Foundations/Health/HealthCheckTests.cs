using System.Net;
using System.Text.Json;
using FluentAssertions;
using GpConnect.Provider.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Health;

/// <summary>
/// <c>/health/ready</c> says why it is not ready, in its body: the failing check and a short reason an operator can
/// act on, never the connection string or its password.
/// </summary>
[Trait("Category", "Integration")]
public sealed class HealthCheckTests(GpConnectApiFactory factory, PostgresFixture postgres) : IClassFixture<GpConnectApiFactory>
{
    [Fact]
    public async Task GivenAMigratedStore_WhenProbingReadiness_ThenReturns200Healthy()
    {
        var (status, body) = await ProbeAsync(factory);

        status.Should().Be(HttpStatusCode.OK);
        body.GetProperty("status").GetString().Should().Be("Healthy");
    }

    [Fact]
    public async Task GivenTheStoreIsUnreachable_WhenProbingReadiness_ThenReturns503NamingTheCheckAndWhyWithoutSecrets()
    {
        await using var outage = factory.WithUnreachableStore();

        var (status, body) = await ProbeAsync(outage);

        status.Should().Be(HttpStatusCode.ServiceUnavailable);
        body.GetProperty("status").GetString().Should().Be("Unhealthy");
        var check = body.GetProperty("checks").EnumerateArray().Should().ContainSingle().Subject;
        check.GetProperty("name").GetString().Should().Be("clinical-record-store");
        check.GetProperty("reason").GetString().Should().Contain("cannot be reached");
        body.ToString().Should().NotContain(StoreOutage.Password).And.NotContain("Password").And.NotContain("Host=");
    }

    [Fact]
    public async Task GivenAStoreThatWasNeverMigrated_WhenProbingReadiness_ThenReturns503SayingMigrationsArePending()
    {
        await using var empty = await postgres.CreateDatabaseAsync("health-unmigrated", TestContext.Current.CancellationToken);
        await using var unmigrated = factory.WithWebHostBuilder(builder => builder.ConfigureAppConfiguration((_, configuration) =>
            configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Database:ConnectionString"] = empty.ConnectionString })));

        var (status, body) = await ProbeAsync(unmigrated);

        status.Should().Be(HttpStatusCode.ServiceUnavailable);
        body.GetProperty("checks")[0].GetProperty("reason").GetString().Should().Contain("migration");
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ProbeAsync(WebApplicationFactory<Program> host)
    {
        using var response = await host.CreateClient().GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);
        (response.Content.Headers.ContentType?.MediaType).Should().Be("application/json");
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }
}
