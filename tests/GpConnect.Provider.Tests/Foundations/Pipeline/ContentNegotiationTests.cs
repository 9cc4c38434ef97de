using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using FluentAssertions;
using GpConnect.Provider.Tests.Infrastructure;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Pipeline;

/// <summary>
/// The response format (foundations, "Content negotiation and formats"): <c>_format</c> over <c>Accept</c> over the
/// request <c>Content-Type</c>, JSON by default; the 1.x media types and the 0.x/plain aliases; 415 with an
/// OperationOutcome for anything else; <c>charset=utf-8</c> always; gzip when asked.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ContentNegotiationTests(PipelineApiFactory factory) : PipelineTestBase(factory), IClassFixture<PipelineApiFactory>
{
    private static readonly XNamespace Fhir = "http://hl7.org/fhir";

    [Fact]
    public async Task GivenNoFormatAcceptOrContentType_WhenGettingMetadata_ThenAnswersFhirJsonInUtf8()
    {
        using var response = await Factory.SendAsync(Metadata());

        await ShouldBeCapabilityStatementAsync(response, "json");
    }

    [Theory]
    [InlineData("json", "json")]
    [InlineData("application/fhir%2Bjson", "json")]
    [InlineData("application/json%2Bfhir", "json")]
    [InlineData("application/json", "json")]
    [InlineData("xml", "xml")]
    [InlineData("application/fhir%2Bxml", "xml")]
    [InlineData("application/xml%2Bfhir", "xml")]
    [InlineData("application/xml", "xml")]
    public async Task GivenAFormatParameter_WhenGettingMetadata_ThenAnswersInThatFormat(string format, string expected)
    {
        var request = new GpConnectRequestBuilder(HttpMethod.Get, $"{FoundationsMetadataPath}?_format={format}", GpConnect.Provider.Foundations.Interactions.InteractionIds.ReadMetadata, Factory.Clock);

        using var response = await Factory.SendAsync(request);

        await ShouldBeCapabilityStatementAsync(response, expected);
    }

    [Theory]
    [InlineData("application/fhir+json", "json")]
    [InlineData("application/fhir+json;charset=utf-8", "json")]
    [InlineData("application/json+fhir", "json")]
    [InlineData("application/fhir+xml", "xml")]
    [InlineData("application/fhir+xml; charset=utf-8", "xml")]
    [InlineData("application/xml+fhir", "xml")]
    [InlineData("*/*", "json")]
    [InlineData("text/html;q=0.9, application/fhir+xml", "xml")]
    public async Task GivenAnAcceptHeader_WhenGettingMetadata_ThenAnswersInThatFormat(string accept, string expected)
    {
        using var response = await Factory.SendAsync(Metadata().WithAccept(accept));

        await ShouldBeCapabilityStatementAsync(response, expected);
    }

    [Theory]
    [InlineData("_format=json&identifier=x", "application/fhir+xml", "json")]
    [InlineData("identifier=x&_format=xml", "application/fhir+json", "xml")]
    public async Task GivenAFormatParameterAndAConflictingAccept_WhenGettingMetadata_ThenTheFormatParameterWins(string query, string accept, string expected)
    {
        var request = new GpConnectRequestBuilder(HttpMethod.Get, $"{FoundationsMetadataPath}?{query}", GpConnect.Provider.Foundations.Interactions.InteractionIds.ReadMetadata, Factory.Clock)
            .WithAccept(accept);

        using var response = await Factory.SendAsync(request);

        await ShouldBeCapabilityStatementAsync(response, expected);
    }

    [Fact]
    public async Task GivenOnlyARequestContentType_WhenSending_ThenAnswersInTheContentType()
    {
        var request = new GpConnectRequestBuilder(
                HttpMethod.Put, PipelineProbeController.ReadPath, GpConnect.Provider.Foundations.Interactions.InteractionIds.AmendAppointment, Factory.Clock)
            .WithBody("<Appointment xmlns=\"http://hl7.org/fhir\"/>", "application/fhir+xml;charset=utf-8");

        using var response = await Factory.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        GpConnectRequestBuilder.MediaTypeOf(response).Should().Be("application/fhir+xml");
    }

    [Fact]
    public async Task GivenAnXmlAcceptAndAJsonBody_WhenSending_ThenAcceptWinsOverContentType()
    {
        var request = new GpConnectRequestBuilder(
                HttpMethod.Put, PipelineProbeController.ReadPath, GpConnect.Provider.Foundations.Interactions.InteractionIds.AmendAppointment, Factory.Clock)
            .WithBody("{}", "application/fhir+json")
            .WithAccept("application/fhir+xml");

        using var response = await Factory.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        GpConnectRequestBuilder.MediaTypeOf(response).Should().Be("application/fhir+xml");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/pdf")]
    [InlineData("text/html;q=1, image/png")]
    public async Task GivenAnUnsupportedAccept_WhenGettingMetadata_ThenReturns415WithAJsonOperationOutcome(string accept)
    {
        var request = Metadata().WithAccept(accept);

        using var response = await Factory.SendAsync(request);

        await response.ShouldBeRefusedAsync(Factory, request.SspTraceId, HttpStatusCode.UnsupportedMediaType, "BAD_REQUEST", "Accept");
    }

    [Fact]
    public async Task GivenAnUnsupportedFormatParameter_WhenGettingMetadata_ThenReturns415()
    {
        var request = new GpConnectRequestBuilder(HttpMethod.Get, $"{FoundationsMetadataPath}?_format=text/html", GpConnect.Provider.Foundations.Interactions.InteractionIds.ReadMetadata, Factory.Clock);

        using var response = await Factory.SendAsync(request);

        await response.ShouldBeRefusedAsync(Factory, request.SspTraceId, HttpStatusCode.UnsupportedMediaType, "BAD_REQUEST", "_format");
    }

    [Fact]
    public async Task GivenAnUnsupportedContentTypeAndNoAccept_WhenSending_ThenReturns415()
    {
        var request = new GpConnectRequestBuilder(
                HttpMethod.Put, PipelineProbeController.ReadPath, GpConnect.Provider.Foundations.Interactions.InteractionIds.AmendAppointment, Factory.Clock)
            .WithBody("hello", "text/plain");

        using var response = await Factory.SendAsync(request);

        await response.ShouldBeRefusedAsync(Factory, request.SspTraceId, HttpStatusCode.UnsupportedMediaType, "BAD_REQUEST", "Content-Type");
    }

    [Fact]
    public async Task GivenAcceptEncodingGzip_WhenGettingMetadata_ThenTheBodyIsGzipped()
    {
        var request = Metadata().WithHeader("Accept-Encoding", "gzip");

        using var response = await Factory.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.Should().Equal("gzip");
        await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken), CompressionMode.Decompress);
        using var json = await JsonDocument.ParseAsync(gzip, cancellationToken: TestContext.Current.CancellationToken);
        json.RootElement.GetProperty("resourceType").GetString().Should().Be("CapabilityStatement");
    }

    [Fact]
    public async Task GivenAcceptEncodingGzip_WhenARequestIsRefused_ThenTheOperationOutcomeIsGzippedToo()
    {
        var request = Metadata().WithHeader("Accept-Encoding", "gzip").WithHeader("Ssp-To", "000000000000");

        using var response = await Factory.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentEncoding.Should().Equal("gzip");
        (response.Headers.CacheControl?.NoStore).Should().BeTrue();
    }

    private static async Task ShouldBeCapabilityStatementAsync(HttpResponseMessage response, string format)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        response.Content.Headers.ContentType!.CharSet.Should().Be("utf-8");
        if (format == "xml")
        {
            GpConnectRequestBuilder.MediaTypeOf(response).Should().Be("application/fhir+xml");
            XDocument.Parse(body).Root!.Name.Should().Be(Fhir + "CapabilityStatement");
        }
        else
        {
            GpConnectRequestBuilder.MediaTypeOf(response).Should().Be("application/fhir+json");
            using var json = JsonDocument.Parse(body);
            json.RootElement.GetProperty("resourceType").GetString().Should().Be("CapabilityStatement");
        }
    }
}
