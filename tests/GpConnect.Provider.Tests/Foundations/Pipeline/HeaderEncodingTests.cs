using System.Net;
using System.Text;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Pipeline;

/// <summary>
/// A header value that is not valid UTF-8 (a broken consumer or proxy) is refused like any other malformed header: a
/// 400 BAD_REQUEST OperationOutcome naming the header, audited, rather than Kestrel's bare 400 that no stage sees.
/// Needs a real socket: the in-memory test server never decodes header bytes.
/// </summary>
[Trait("Category", "Integration")]
public sealed class HeaderEncodingTests(KestrelPipelineApiFactory factory) : PipelineTestBase(factory), IClassFixture<KestrelPipelineApiFactory>
{
    [Theory]
    [InlineData("Ssp-From", "200000\u00C0\u00AF000359")] // an overlong '/'
    [InlineData("Ssp-To", "\u00E2\u0082918999198738")] // a truncated three-byte sequence
    [InlineData("Ssp-InteractionID", "urn:nhs:names:services:gpconnect:fhir:rest:read:metadata-1\u00FF")]
    public async Task GivenAnSspHeaderThatIsNotUtf8_WhenSent_ThenReturns400BadRequestNamingTheHeaderAndIsAudited(string header, string latin1Bytes)
    {
        var request = Metadata().WithHeader(header, latin1Bytes);
        using var handler = new SocketsHttpHandler { RequestHeaderEncodingSelector = (_, _) => Encoding.Latin1 };
        using var client = new HttpClient(handler) { BaseAddress = Factory.CreateClient().BaseAddress };
        using var message = request.Build();

        using var response = await client.SendAsync(message, TestContext.Current.CancellationToken);

        await response.ShouldBeRefusedAsync(Factory, request.SspTraceId, HttpStatusCode.BadRequest, "BAD_REQUEST", header);
    }
}
