using System.Net;
using FluentAssertions;
using GpConnect.Provider.Tests.Infrastructure;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Pipeline;

/// <summary>
/// The SSP headers (foundations, "Required HTTP request headers"): each missing or malformed one is 400 BAD_REQUEST
/// naming it, audited; they are never used for routing, and the host's own endpoints do not need them.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SspHeaderTests(PipelineApiFactory factory) : PipelineTestBase(factory), IClassFixture<PipelineApiFactory>
{
    public static TheoryData<string> RequiredHeaders => ["Ssp-TraceID", "Ssp-From", "Ssp-To", "Ssp-InteractionID", "Authorization"];

    [Fact]
    public async Task GivenEveryHeaderValid_WhenGettingMetadata_ThenReturns200()
    {
        var request = Metadata();

        using var response = await Factory.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Factory.SingleAuditEntryAsync(request.SspTraceId)).OutcomeHttpStatus.Should().Be(200);
    }

    [Theory]
    [MemberData(nameof(RequiredHeaders))]
    public async Task GivenAMissingHeader_WhenGettingMetadata_ThenReturns400BadRequestNamingIt(string header)
    {
        var request = Metadata().WithoutHeader(header);
        var auditedTraceId = header == "Ssp-TraceID" ? null : request.SspTraceId;

        using var response = await Factory.SendAsync(request);

        await response.ShouldBeRefusedAsync(Factory, auditedTraceId, HttpStatusCode.BadRequest, "BAD_REQUEST", header);
    }

    [Theory]
    [MemberData(nameof(RequiredHeaders))]
    public async Task GivenABlankHeader_WhenGettingMetadata_ThenReturns400BadRequestNamingIt(string header)
    {
        var request = header == "Authorization" ? Metadata().WithRawAuthorization(" ") : Metadata().WithHeader(header, " ");
        var auditedTraceId = header == "Ssp-TraceID" ? null : request.SspTraceId;

        using var response = await Factory.SendAsync(request);

        await response.ShouldBeRefusedAsync(Factory, auditedTraceId, HttpStatusCode.BadRequest, "BAD_REQUEST", header);
    }

    [Fact]
    public async Task GivenATraceIdThatIsNotAGuid_WhenGettingMetadata_ThenReturns400BadRequest()
    {
        var request = Metadata().WithHeader("Ssp-TraceID", "not-a-guid");

        using var response = await Factory.SendAsync(request);

        await response.ShouldBeRefusedAsync(Factory, "not-a-guid", HttpStatusCode.BadRequest, "BAD_REQUEST", "Ssp-TraceID");
    }

    [Theory]
    [InlineData("20000000035")]
    [InlineData("2000000003590")]
    [InlineData("20000000035X")]
    public async Task GivenAnSspFromThatIsNotA12DigitAsid_WhenGettingMetadata_ThenReturns400BadRequest(string from)
    {
        var request = Metadata().WithHeader("Ssp-From", from);

        using var response = await Factory.SendAsync(request);

        await response.ShouldBeRefusedAsync(Factory, request.SspTraceId, HttpStatusCode.BadRequest, "BAD_REQUEST", "Ssp-From");
    }

    [Fact]
    public async Task GivenAnSspToThatIsNotOurAsid_WhenGettingMetadata_ThenReturns400BadRequest()
    {
        var request = Metadata().WithHeader("Ssp-To", "918999198739");

        using var response = await Factory.SendAsync(request);

        var diagnostics = await response.ShouldBeRefusedAsync(Factory, request.SspTraceId, HttpStatusCode.BadRequest, "BAD_REQUEST", "Ssp-To");
        diagnostics.Should().Contain("does not match the ASID");
    }

    [Theory]
    [InlineData("bearer {0}")]
    [InlineData("Basic {0}")]
    [InlineData("Bearer")]
    [InlineData("Bearer {0} extra")]
    [InlineData("{0}")]
    public async Task GivenAnAuthorizationHeaderNotOfTheFormBearerToken_WhenGettingMetadata_ThenReturns400BadRequest(string shape)
    {
        var request = Metadata();
        request.WithRawAuthorization(string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, request.BuildJwt()));

        using var response = await Factory.SendAsync(request);

        await response.ShouldBeRefusedAsync(Factory, request.SspTraceId, HttpStatusCode.BadRequest, "BAD_REQUEST", "Authorization");
    }

    [Fact]
    public async Task GivenAValidRequestForAnOdsCodeWeDoNotHost_WhenGettingMetadata_ThenTheUrlNotTheHeadersDecidesAndReturns404()
    {
        // Ssp-To names this provider; routing still goes by the URL alone (SDS guidance 3.7).
        var request = new GpConnectRequestBuilder(
            HttpMethod.Get, "/A99999/STU3/1/gpconnect/metadata", GpConnect.Provider.Foundations.Interactions.InteractionIds.ReadMetadata, Factory.Clock);

        using var response = await Factory.SendAsync(request);

        await response.ShouldBeRefusedAsync(Factory, request.SspTraceId, HttpStatusCode.NotFound, "ORGANISATION_NOT_FOUND", "A99999");
    }

    [Fact]
    public async Task GivenNoSspHeaders_WhenProbingHealth_ThenReturns200AndIsNotAudited()
    {
        using var response = await Factory.CreateClient().GetAsync(new Uri("/health/live", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Factory.Database.ScalarAsync<long>("SELECT count(*) FROM gpconnect.audit_entries", TestContext.Current.CancellationToken))
            .Should().Be(0);
    }
}
