using System.Net;
using FluentAssertions;
using GpConnect.Provider.Store;
using GpConnect.Provider.Tests.Foundations.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Cors;

/// <summary>
/// The CapabilityStatements claim <c>security.cors = true</c>: a browser at a configured origin may call the GP
/// Connect roots. Its preflight needs no SSP headers or JWT; every answer to it, refusals included, carries the
/// CORS headers; an origin not configured gets none.
/// </summary>
[Trait("Category", "Integration")]
public sealed class CorsTests(CorsApiFactory factory) : PipelineTestBase(factory), IClassFixture<CorsApiFactory>
{
    private const string OtherOrigin = "https://elsewhere.example.com";

    [Fact]
    public async Task GivenAnAllowedOrigin_WhenAPreflightArrivesWithoutSspHeadersOrJwt_ThenReturns204AllowingTheGpConnectHeaders()
    {
        using var response = await PreflightAsync(CorsApiFactory.AllowedOrigin, "GET", "authorization,ssp-traceid,ssp-from,ssp-to,ssp-interactionid");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        Header(response, "Access-Control-Allow-Origin").Should().Be(CorsApiFactory.AllowedOrigin);
        Header(response, "Access-Control-Allow-Methods").Should().Contain("GET");
        Header(response, "Access-Control-Allow-Headers").Split(',').Select(h => h.Trim().ToLowerInvariant()).Should()
            .Contain(["authorization", "ssp-traceid", "ssp-from", "ssp-to", "ssp-interactionid"]);
        Header(response, "Access-Control-Max-Age").Should().NotBeEmpty();
        (await AuditEntryCountAsync()).Should().Be(0, "a preflight reaches no interaction and is not a GP Connect request");
    }

    [Fact]
    public async Task GivenAnOriginNotConfigured_WhenAPreflightArrives_ThenNoAccessControlHeadersAreGiven()
    {
        using var response = await PreflightAsync(OtherOrigin, "GET", "authorization");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        response.Headers.Should().NotContain(h => h.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task GivenAnAllowedOrigin_WhenAGpConnectRequestSucceedsOrIsRefused_ThenBothResponsesCarryTheCorsHeaders()
    {
        var accepted = Metadata().WithHeader("Origin", CorsApiFactory.AllowedOrigin);
        var refused = Metadata().WithHeader("Origin", CorsApiFactory.AllowedOrigin).WithoutHeader("Ssp-From");

        using var ok = await Factory.SendAsync(accepted);
        using var bad = await Factory.SendAsync(refused);

        ok.StatusCode.Should().Be(HttpStatusCode.OK);
        Header(ok, "Access-Control-Allow-Origin").Should().Be(CorsApiFactory.AllowedOrigin);
        await bad.ShouldBeRefusedAsync(Factory, refused.SspTraceId, HttpStatusCode.BadRequest, "BAD_REQUEST", "Ssp-From");
        Header(bad, "Access-Control-Allow-Origin").Should().Be(CorsApiFactory.AllowedOrigin, "a page must be able to read why it was refused");
        Header(bad, "Access-Control-Expose-Headers").Should().Contain("ETag");
    }

    [Fact]
    public async Task GivenAnOriginNotConfigured_WhenAGpConnectRequestSucceeds_ThenItCarriesNoCorsHeaders()
    {
        using var response = await Factory.SendAsync(Metadata().WithHeader("Origin", OtherOrigin));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.Should().NotContain(h => h.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
    }

    private async Task<HttpResponseMessage> PreflightAsync(string origin, string method, string headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri(FoundationsMetadataPath, UriKind.Relative));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return await Factory.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
    }

    private async Task<int> AuditEntryCountAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClinicalRecordDbContext>().AuditEntries.CountAsync(TestContext.Current.CancellationToken);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : string.Empty;
}
