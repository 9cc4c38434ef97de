using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using GpConnect.Provider.Foundations.Audit.Admin;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Tests.Foundations.Pipeline;
using GpConnect.Provider.Tests.Infrastructure;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Audit;

/// <summary>
/// A practice is onboarded and its switches changed through <c>/admin/practices</c>, without editing code or seed
/// data; every bad request is refused with a body naming what is wrong and changes nothing.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PracticeAdministrationTests(PracticeAdministrationApiFactory factory)
    : PipelineTestBase(factory), IClassFixture<PracticeAdministrationApiFactory>
{
    private const string OdsCode = "A20047";
    private const string OnboardingJson =
        """{"odsCode":"A20047","name":"Riverbank Surgery","asid":"200000000123","switches":{"gpConnect":true}}""";

    [Fact]
    public async Task GivenANewPractice_WhenOnboarded_ThenItsServiceRootAnswersGpConnectRequests()
    {
        using var created = await SendAdminAsync(HttpMethod.Post, PracticeAdminEndpoints.Route, OnboardingJson);

        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        created.Headers.Location!.OriginalString.Should().Be($"/admin/practices/{OdsCode}");
        var view = (await created.Content.ReadFromJsonAsync<PracticeView>(TestContext.Current.CancellationToken))!;
        view.ServiceRoot.Should().Be($"/{OdsCode}/STU3/1/gpconnect");
        view.Switches.GpConnect.Should().BeTrue();
        view.Switches.AccessRecordStructured.Should().BeFalse("a switch left out is off, as the spec's defaults are");

        using var metadata = await Factory.SendAsync(new GpConnectRequestBuilder(
            HttpMethod.Get, $"/{OdsCode}/STU3/1/gpconnect/metadata", InteractionIds.ReadMetadata, Factory.Clock));
        metadata.StatusCode.Should().Be(HttpStatusCode.OK);
        using var search = await Factory.SendAsync(OrganisationSearch());
        var bundle = await ReadJsonAsync(search, HttpStatusCode.OK);
        bundle.GetProperty("entry")[0].GetProperty("resource").GetProperty("name").GetString().Should().Be("Riverbank Surgery");
        (await ListAsync()).Select(p => p.OdsCode).Should().Contain([GpConnectApiFactoryBase.DemoPracticeOdsCode, OdsCode]);
    }

    [Fact]
    public async Task GivenAnOnboardedPractice_WhenItsGpConnectSwitchIsTurnedOff_ThenItsRequestsAreRefused403AfterTheCacheLifetime()
    {
        (await SendAdminAsync(HttpMethod.Post, PracticeAdminEndpoints.Route, OnboardingJson)).Dispose();
        (await Factory.SendAsync(OrganisationSearch())).StatusCode.Should().Be(HttpStatusCode.OK);

        using var changed = await SendAdminAsync(HttpMethod.Patch, $"{PracticeAdminEndpoints.Route}/{OdsCode}/switches", """{"gpConnect":false}""");

        var answer = await ReadJsonAsync(changed, HttpStatusCode.OK);
        answer.GetProperty("practice").GetProperty("switches").GetProperty("gpConnect").GetBoolean().Should().BeFalse();
        answer.GetProperty("takesEffectWithin").GetString().Should().Be("00:00:30");
        using (var cached = await Factory.SendAsync(OrganisationSearch()))
        {
            cached.StatusCode.Should().Be(HttpStatusCode.OK, "the practice is kept for GpConnect:PracticeCacheLifetime");
        }

        Factory.Clock.Advance(TimeSpan.FromSeconds(31));
        var refused = OrganisationSearch();
        using var response = await Factory.SendAsync(refused);
        await response.ShouldBeRefusedAsync(Factory, refused.SspTraceId, HttpStatusCode.Forbidden, "ACCESS DENIED", "not enabled");
    }

    [Fact]
    public async Task GivenAnOdsCodeAlreadyServed_WhenOnboardingIt_ThenReturns409AndChangesNothing()
    {
        var before = await ListAsync();

        using var response = await SendAdminAsync(
            HttpMethod.Post, PracticeAdminEndpoints.Route, """{"odsCode":"B82617","name":"Impostor","asid":"200000000999"}""");

        var problem = await ReadJsonAsync(response, HttpStatusCode.Conflict);
        problem.GetProperty("title").GetString().Should().Contain("B82617");
        (await ListAsync()).Should().BeEquivalentTo(before);
    }

    [Theory]
    [InlineData("""{"odsCode":"a20047","name":"Lower Case","asid":"200000000123"}""", "odsCode")]
    [InlineData("""{"odsCode":"A2","name":"Too Short","asid":"200000000123"}""", "odsCode")]
    [InlineData("""{"odsCode":"A20047/../B","name":"Path","asid":"200000000123"}""", "odsCode")]
    [InlineData("""{"name":"No Code","asid":"200000000123"}""", "odsCode")]
    [InlineData("""{"odsCode":"A20047","name":"  ","asid":"200000000123"}""", "name")]
    [InlineData("""{"odsCode":"A20047","name":"Bad Asid","asid":"12345"}""", "asid")]
    public async Task GivenAnInvalidField_WhenOnboarding_ThenReturns400NamingItAndChangesNothing(string body, string field)
    {
        var before = await ListAsync();

        using var response = await SendAdminAsync(HttpMethod.Post, PracticeAdminEndpoints.Route, body);

        var problem = await ReadJsonAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue(problem.ToString());
        (await ListAsync()).Should().BeEquivalentTo(before);
    }

    [Theory]
    [InlineData("""{"odsCode":"A20047","name":"Typo","asid":"200000000123","switchs":{}}""", "switchs")]
    [InlineData("""{"odsCode":"A20047",""", "JSON")]
    [InlineData("""{"odsCode":"A20047","name":"Wrong Type","asid":200000000123}""", "JSON")]
    [InlineData("null", "empty")]
    public async Task GivenABodyThatIsNotAnOnboarding_WhenOnboarding_ThenReturns400SayingWhyAndChangesNothing(string body, string mention)
    {
        var before = await ListAsync();

        using var response = await SendAdminAsync(HttpMethod.Post, PracticeAdminEndpoints.Route, body);

        var problem = await ReadJsonAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString().Should().Contain(mention);
        (await ListAsync()).Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task GivenABodyThatIsNotJson_WhenOnboarding_ThenReturns415()
    {
        using var response = await SendAdminAsync(HttpMethod.Post, PracticeAdminEndpoints.Route, OnboardingJson, "text/plain");

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await ListAsync()).Select(p => p.OdsCode).Should().NotContain(OdsCode);
    }

    [Fact]
    public async Task GivenNoSwitchOrAnUnknownPractice_WhenChangingSwitches_ThenReturns400Or404()
    {
        using var empty = await SendAdminAsync(HttpMethod.Patch, $"{PracticeAdminEndpoints.Route}/B82617/switches", "{}");
        using var unknown = await SendAdminAsync(HttpMethod.Patch, $"{PracticeAdminEndpoints.Route}/Z99999/switches", """{"gpConnect":true}""");

        empty.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ListAsync()).Single(p => p.OdsCode == "B82617").Switches.GpConnect.Should().BeTrue();
    }

    [Fact]
    public async Task GivenNoKey_WhenOnboarding_ThenReturns401AndChangesNothing()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(PracticeAdminEndpoints.Route, UriKind.Relative))
        {
            Content = new StringContent(OnboardingJson, Encoding.UTF8, "application/json"),
        };

        using var response = await Factory.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await ListAsync()).Select(p => p.OdsCode).Should().NotContain(OdsCode);
    }

    private GpConnectRequestBuilder OrganisationSearch() => new(
        HttpMethod.Get,
        $"/{OdsCode}/STU3/1/gpconnect/Organization?identifier=https://fhir.nhs.uk/Id/ods-organization-code%7C{OdsCode}",
        InteractionIds.SearchOrganization,
        Factory.Clock);

    private async Task<HttpResponseMessage> SendAdminAsync(HttpMethod method, string path, string body, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        request.Headers.Add(AdminOptions.ApiKeyHeader, PracticeAdministrationApiFactory.ApiKey);
        return await Factory.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
    }

    private async Task<List<PracticeView>> ListAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(PracticeAdminEndpoints.Route, UriKind.Relative));
        request.Headers.Add(AdminOptions.ApiKeyHeader, PracticeAdministrationApiFactory.ApiKey);
        using var response = await Factory.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<List<PracticeView>>(TestContext.Current.CancellationToken))!;
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(status, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
