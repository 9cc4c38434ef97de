using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using GpConnect.Provider.Foundations.Audit.Admin;
using GpConnect.Provider.Tests.Foundations.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Audit;

/// <summary>
/// A practice reads its audit trail through <c>GET /admin/practices/{ods}/audit</c>, outside the SSP surface, only
/// with the configured administrator key; without a configured key the endpoint does not exist.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PracticeAuditEndpointTests(PipelineApiFactory factory) : PipelineTestBase(factory), IClassFixture<PipelineApiFactory>
{
    private const string ApiKey = "practice-admin-secret";
    private const string AuditPath = "/admin/practices/B82617/audit";

    [Fact]
    public async Task GivenTheKey_WhenReadingThePracticeAudit_ThenReturnsItsEntriesInSequence()
    {
        await using var admin = WithAdminKey();
        var first = ProbeRead();
        var second = Metadata().WithoutHeader("Ssp-From");
        (await Factory.SendAsync(first)).Dispose();
        (await Factory.SendAsync(second)).Dispose();

        var entries = await ReadAuditAsync(admin, AuditPath, ApiKey);

        entries.Select(e => e.SspTraceId).Should().Equal(first.SspTraceId, second.SspTraceId);
        entries.Select(e => e.SequenceNumber).Should().Equal(1, 2);
        entries[0].PatientNhsNumber.Should().Be(PipelineProbeController.AuditedNhsNumber);
        entries[1].OutcomeSpineCode.Should().Be("BAD_REQUEST");
    }

    [Fact]
    public async Task GivenATimeWindow_WhenReadingThePracticeAudit_ThenReturnsOnlyEntriesInsideIt()
    {
        await using var admin = WithAdminKey();
        (await Factory.SendAsync(Metadata())).Dispose();
        Factory.Clock.Advance(TimeSpan.FromHours(1));
        var inside = Metadata();
        (await Factory.SendAsync(inside)).Dispose();
        var from = Uri.EscapeDataString(Factory.Clock.GetUtcNow().AddMinutes(-1).ToString("O"));

        var entries = await ReadAuditAsync(admin, $"{AuditPath}?from={from}", ApiKey);

        entries.Select(e => e.SspTraceId).Should().Equal(inside.SspTraceId);
    }

    [Fact]
    public async Task GivenAnotherPractice_WhenReadingItsAudit_ThenTheDemoPracticesEntriesAreNotIncluded()
    {
        await using var admin = WithAdminKey();
        (await Factory.SendAsync(Metadata())).Dispose();

        var entries = await ReadAuditAsync(admin, "/admin/practices/A99999/audit", ApiKey);

        entries.Should().BeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-secret")]
    public async Task GivenNoOrTheWrongKey_WhenReadingThePracticeAudit_ThenReturns401(string? key)
    {
        await using var admin = WithAdminKey();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(AuditPath, UriKind.Relative));
        if (key is not null)
        {
            request.Headers.Add(AdminOptions.ApiKeyHeader, key);
        }

        using var response = await admin.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2026-13-45T99:00:00Z", "to")]
    [InlineData("limit=ten", "limit")]
    [InlineData("limit=99999999999999999999", "limit")]
    [InlineData("limit=-5", "limit")]
    public async Task GivenAQueryValueThatDoesNotParse_WhenReadingThePracticeAudit_ThenReturns400NamingIt(string query, string parameter)
    {
        await using var admin = WithAdminKey();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"{AuditPath}?{query}", UriKind.Relative));
        request.Headers.Add(AdminOptions.ApiKeyHeader, ApiKey);

        using var response = await admin.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(TestContext.Current.CancellationToken);
        problem!.Errors.Keys.Should().Equal(parameter);
    }

    [Fact]
    public async Task GivenNoKeyAndAQueryThatDoesNotParse_WhenReadingThePracticeAudit_ThenReturns401()
    {
        await using var admin = WithAdminKey();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"{AuditPath}?from=yesterday&limit=ten", UriKind.Relative));

        using var response = await admin.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the key is checked before the query is read");
    }

    [Fact]
    public async Task GivenNoConfiguredKey_WhenReadingThePracticeAudit_ThenThereIsNoSuchEndpoint()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(AuditPath, UriKind.Relative));
        request.Headers.Add(AdminOptions.ApiKeyHeader, ApiKey);

        using var response = await Factory.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GivenTheKey_WhenReadingThePracticeAudit_ThenTheReadingItselfIsNotAGpConnectRequest()
    {
        await using var admin = WithAdminKey();

        var entries = await ReadAuditAsync(admin, AuditPath, ApiKey);
        var again = await ReadAuditAsync(admin, AuditPath, ApiKey);

        entries.Should().BeEmpty();
        again.Should().BeEmpty("no SSP headers were needed and nothing was added to the GP Connect audit");
    }

    private WebApplicationFactory<Program> WithAdminKey() =>
        Factory.WithWebHostBuilder(builder => builder.UseSetting("Admin:ApiKey", ApiKey));

    private static async Task<List<AuditTrailView>> ReadAuditAsync(WebApplicationFactory<Program> admin, string path, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add(AdminOptions.ApiKeyHeader, key);
        using var response = await admin.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<List<AuditTrailView>>(TestContext.Current.CancellationToken))!;
    }
}
