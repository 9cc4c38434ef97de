using System.Diagnostics;
using System.Net;
using System.Text;
using System.Xml.Linq;
using FluentAssertions;
using GpConnect.Provider.Foundations.Errors;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Tests.Foundations.Pipeline;
using GpConnect.Provider.Tests.Infrastructure;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Registration;

/// <summary>
/// Register patient bodies a client can get wrong in ways the parser itself must survive (docs/decisions/0010):
/// nesting thousands deep, bodies that cannot be a resource at all, bytes that are not UTF-8, bodies over the
/// limit. Each is a 4xx OperationOutcome with a short diagnostics text and one audit entry, and the server goes on
/// answering. Also here, because a body is the easiest way to send them: echoed input is bounded and sanitised.
/// </summary>
[Trait("Category", "Integration")]
public sealed class RegisterPatientBodyTests(PipelineApiFactory factory) : PipelineTestBase(factory), IClassFixture<PipelineApiFactory>
{
    private const string RegisterPatientPath = PipelineProbeController.Root + "/Patient/$gpc.registerpatient";
    private const string FhirJson = "application/fhir+json";
    private const string FhirXml = "application/fhir+xml";

    [Theory]
    [InlineData(10_000)]
    [InlineData(100_000)]
    public async Task GivenXmlNestedThousandsDeep_WhenRegistering_ThenReturns400QuicklyAndTheServerStillAnswers(int depth)
    {
        var xml = new StringBuilder("<Parameters xmlns=\"http://hl7.org/fhir\">");
        xml.Insert(xml.Length, "<p>", depth).Insert(xml.Length, "</p>", depth).Append("</Parameters>");
        var request = RegisterPatient().WithBody(xml.ToString(), FhirXml).WithAccept(FhirJson);
        var watch = Stopwatch.StartNew();

        using var response = await Factory.SendAsync(request);

        var diagnostics = await response.ShouldBeRefusedAsync(Factory, request.SspTraceId, HttpStatusCode.BadRequest, "BAD_REQUEST", "deeper than 100 levels");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
        diagnostics.Length.Should().BeLessThan(200);
        using var after = await Factory.SendAsync(Metadata());
        after.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("[]", "not a JSON object")]
    [InlineData("""{"resourceType":"Resource"}""", "abstract")]
    [InlineData("""{"resourceType":"DomainResource","id":"1"}""", "abstract")]
    public async Task GivenJsonThatCannotBeAResource_WhenRegistering_ThenReturns400(string json, string mention)
    {
        await ShouldBeBadRequestAsync(RegisterPatient().WithBody(json, FhirJson), mention);
    }

    [Fact]
    public async Task GivenANulEscapedIntoAJsonValue_WhenRegistering_ThenReturns400()
    {
        // Found by the fuzz test (seed 12345): the NUL reached PostgreSQL, which refused it, and the client got a 500.
        var body = RegisterPatientRequests.Body("9000000009", "Smi\u0000th", "Jo", "male", "1990-01-01").ToJsonString();

        await ShouldBeBadRequestAsync(RegisterPatient().WithBody(body, FhirJson), "control character");
    }

    [Fact]
    public async Task GivenXmlNamingAnAbstractResource_WhenRegistering_ThenReturns400()
    {
        await ShouldBeBadRequestAsync(RegisterPatient().WithBody("""<DomainResource xmlns="http://hl7.org/fhir"/>""", FhirXml).WithAccept(FhirJson), "abstract");
    }

    [Theory]
    [InlineData(FhirJson)]
    [InlineData(FhirXml)]
    public async Task GivenABodyThatIsNotUtf8_WhenRegistering_ThenReturns400(string contentType)
    {
        byte[] body = contentType == FhirJson
            ? [.. "{\"resourceType\":\"Parameters\",\"id\":\""u8, 0xC3, 0x28, .. "\"}"u8]
            : [.. "<Parameters xmlns=\"http://hl7.org/fhir\"><id value=\""u8, 0xFF, 0xFE, .. "\"/></Parameters>"u8];
        var request = RegisterPatient().WithAccept(FhirJson);
        using var message = WithBytes(request.Build(), body, contentType);

        using var response = await Factory.CreateClient().SendAsync(message, TestContext.Current.CancellationToken);

        await response.ShouldBeRefusedAsync(Factory, request.SspTraceId, HttpStatusCode.BadRequest, "BAD_REQUEST", "not valid UTF-8");
    }

    [Fact]
    public async Task GivenA50MegabyteBody_WhenRegistering_ThenReturns413()
    {
        var request = RegisterPatient();
        using var message = WithBytes(request.Build(), new byte[50 * 1024 * 1024], FhirJson);

        using var response = await Factory.CreateClient().SendAsync(message, TestContext.Current.CancellationToken);

        await response.ShouldBeRefusedAsync(Factory, request.SspTraceId, HttpStatusCode.RequestEntityTooLarge, "BAD_REQUEST", "larger than 1,048,576 bytes");
    }

    [Fact]
    public async Task GivenABodyOverTheLimitSentWithoutALength_WhenRegistering_ThenReturns413()
    {
        var request = RegisterPatient();
        using var message = WithBytes(request.Build(), Encoding.UTF8.GetBytes("{\"resourceType\":\"Parameters\",\"id\":\"" + new string('a', 2 * 1024 * 1024) + "\"}"), FhirJson);
        message.Headers.TransferEncodingChunked = true;

        using var response = await Factory.CreateClient().SendAsync(message, TestContext.Current.CancellationToken);

        await response.ShouldBeRefusedAsync(Factory, request.SspTraceId, HttpStatusCode.RequestEntityTooLarge, "BAD_REQUEST", "larger than 1,048,576 bytes");
    }

    [Fact]
    public async Task GivenAHugeInvalidValue_WhenRegistering_ThenTheDiagnosticsQuoteOnlyAShortExcerpt()
    {
        var value = new string('x', 500_000);
        var json = """{"resourceType":"Parameters","parameter":[{"name":"registerPatient","resource":{"resourceType":"Patient","gender":""" + "\"" + value + "\"}}]}";
        var request = RegisterPatient().WithBody(json, FhirJson);

        using var response = await Factory.SendAsync(request);

        var diagnostics = await response.ShouldBeRefusedAsync(Factory, request.SspTraceId, HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE", "characters omitted");
        diagnostics.Length.Should().BeLessThanOrEqualTo(DiagnosticsText.MaxLength + 40);
        response.Content.Headers.ContentLength.GetValueOrDefault((await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length)
            .Should().BeLessThan(2_000);
    }

    [Fact]
    public async Task GivenAControlCharacterEchoedIntoAnXmlError_WhenAnswered_ThenTheXmlIsWellFormedAndAudited()
    {
        var request = new GpConnectRequestBuilder(
            HttpMethod.Get, PipelineProbeController.Root + "/No%01Such%1BThing?_format=" + Uri.EscapeDataString(FhirXml), InteractionIds.ReadMetadata, Factory.Clock);

        using var response = await Factory.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.NotFound, body);
        GpConnectRequestBuilder.MediaTypeOf(response).Should().Be(FhirXml);
        var outcome = XDocument.Parse(body);
        XNamespace fhir = "http://hl7.org/fhir";
        var diagnostics = outcome.Descendants(fhir + "diagnostics").Single().Attribute("value")!.Value;
        diagnostics.Should().Contain("No\uFFFDSuch\uFFFDThing").And.NotContain("\u0001");
        var entry = await Factory.SingleAuditEntryAsync(request.SspTraceId);
        entry.OutcomeHttpStatus.Should().Be(404);
        entry.OutcomeSpineCode.Should().Be("NO_RECORD_FOUND");
    }

    private GpConnectRequestBuilder RegisterPatient() =>
        new(HttpMethod.Post, RegisterPatientPath, InteractionIds.RegisterPatient, Factory.Clock);

    private static HttpRequestMessage WithBytes(HttpRequestMessage message, byte[] body, string contentType)
    {
        message.Content = new ByteArrayContent(body);
        message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return message;
    }
}
