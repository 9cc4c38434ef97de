using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using FluentAssertions;
using GpConnect.Provider.Tests.Infrastructure;
using Xunit;

namespace GpConnect.Provider.Tests.Smoke;

/// <summary>
/// The first things anyone checks on a deployed provider: it is alive, its store answers, each service root
/// describes itself as an STU3 server in JSON and XML, and an ODS code it does not host is refused. Run once per
/// store (<see cref="PostgresHostSmokeTests"/>, <see cref="SqliteHostSmokeTests"/>). Responses are read as plain
/// JSON/XML, not through our FHIR model, so a serialiser fault cannot hide itself.
/// </summary>
public abstract class HostSmokeTests(GpConnectApiFactoryBase factory)
{
    private const string FhirJson = "application/fhir+json";
    private const string FhirXml = "application/fhir+xml";
    private static readonly XNamespace Fhir = "http://hl7.org/fhir";

    [Fact]
    public async Task GivenARunningHost_WhenProbingLiveness_ThenReturns200()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/health/live", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task GivenAMigratedStore_WhenProbingReadiness_ThenReturns200()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(ServiceRootMetadata.All), MemberType = typeof(ServiceRootMetadata))]
    public async Task GivenAServiceRoot_WhenGettingMetadataWithNoFormat_ThenReturnsAnStu3CapabilityStatementInJson(string root, string interactionId)
    {
        using var response = await SendAsync(MetadataRequest($"{root}/metadata", interactionId));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        MediaTypeOf(response).Should().Be(FhirJson);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        json.RootElement.GetProperty("resourceType").GetString().Should().Be("CapabilityStatement");
        json.RootElement.GetProperty("fhirVersion").GetString().Should().Be("3.0.1");
    }

    [Theory]
    [MemberData(nameof(ServiceRootMetadata.All), MemberType = typeof(ServiceRootMetadata))]
    public async Task GivenAServiceRoot_WhenGettingMetadataWithFormatXml_ThenReturnsAnStu3CapabilityStatementInXml(string root, string interactionId)
    {
        using var response = await SendAsync(MetadataRequest($"{root}/metadata?_format=xml", interactionId));

        await ShouldBeXmlCapabilityStatementAsync(response);
    }

    [Theory]
    [MemberData(nameof(ServiceRootMetadata.All), MemberType = typeof(ServiceRootMetadata))]
    public async Task GivenAServiceRoot_WhenGettingMetadataAcceptingFhirXml_ThenReturnsAnStu3CapabilityStatementInXml(string root, string interactionId)
    {
        using var request = MetadataRequest($"{root}/metadata", interactionId);
        request.Headers.Accept.ParseAdd(FhirXml);

        using var response = await SendAsync(request);

        await ShouldBeXmlCapabilityStatementAsync(response);
    }

    [Fact]
    public async Task GivenAnOdsCodeThisProviderDoesNotHost_WhenGettingMetadata_ThenReturns404OrganisationNotFound()
    {
        using var response = await SendAsync(MetadataRequest("/A99999/STU3/1/gpconnect/metadata", ServiceRootMetadata.FoundationsInteraction));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        MediaTypeOf(response).Should().Be(FhirJson);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        json.RootElement.GetProperty("resourceType").GetString().Should().Be("OperationOutcome");
        var coding = json.RootElement.GetProperty("issue")[0].GetProperty("details").GetProperty("coding")[0];
        coding.GetProperty("code").GetString().Should().Be("ORGANISATION_NOT_FOUND");
    }

    /// <summary>What a consumer sends through the Spine Security Proxy: the Ssp-* headers and a valid unsigned JWT.</summary>
    private HttpRequestMessage MetadataRequest(string path, string interactionId) =>
        new GpConnectRequestBuilder(HttpMethod.Get, path, interactionId, factory.Clock).Build();

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            return await factory.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        }
    }

    private static string? MediaTypeOf(HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    private static async Task ShouldBeXmlCapabilityStatementAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        MediaTypeOf(response).Should().Be(FhirXml);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        xml.Root!.Name.Should().Be(Fhir + "CapabilityStatement");
        var fhirVersion = xml.Root.Element(Fhir + "fhirVersion")?.Attribute("value")?.Value;
        fhirVersion.Should().Be("3.0.1");
    }
}
