using System.Globalization;
using System.Net;
using FluentAssertions;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Tests.Infrastructure;
using Serilog.Events;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Audit;

/// <summary>
/// The application log carries the GP Connect correlation fields and never a patient's NHS number (security
/// guidance: the GET parameters of a search must not reach an unprotected log; the audit store holds the patient).
/// </summary>
[Trait("Category", "Integration")]
public sealed class ApplicationLogTests(LogCaptureApiFactory factory) : IClassFixture<LogCaptureApiFactory>
{
    private const string NhsNumber = "9690937278";
    private const string SearchPath = "/B82617/STU3/1/gpconnect/Patient?identifier=https%3A%2F%2Ffhir.nhs.uk%2FId%2Fnhs-number%7C" + NhsNumber;

    [Fact]
    public async Task GivenAPatientSearchByNhsNumber_WhenEverythingIsLogged_ThenTheNhsNumberAppearsInNoLogEvent()
    {
        var request = new GpConnectRequestBuilder(HttpMethod.Get, SearchPath, InteractionIds.SearchPatient, factory.Clock);

        using var response = await factory.SendSearchAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        EventsOf(request.SspTraceId).Should().NotBeEmpty("the request was logged at every level");
        factory.Events.Where(e => e.Properties.ContainsKey("QueryString")).Should()
            .NotBeEmpty("hosting diagnostics logged the request line, query string included, at this level");
        factory.Events.Select(Render).Should().NotContain(text => text.Contains(NhsNumber, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GivenAGpConnectRequest_WhenItCompletes_ThenTheRequestLogEventCarriesTraceIdAndInteractionId()
    {
        var request = new GpConnectRequestBuilder(HttpMethod.Get, "/B82617/STU3/1/gpconnect/metadata", InteractionIds.ReadMetadata, factory.Clock);

        using var response = await factory.SendSearchAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var completion = EventsOf(request.SspTraceId).Should()
            .ContainSingle(e => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal), "one request-completion event").Subject;
        completion.Properties["InteractionId"].ToString().Should().Be($"\"{InteractionIds.ReadMetadata}\"");
        completion.Properties["RequestingOrganisationOds"].ToString().Should().Be($"\"{GpConnectRequestBuilder.RequestingOrganisationOdsCode}\"");
    }

    [Theory]
    [InlineData("Ssp-TraceID", "SspTraceId")]
    [InlineData("Ssp-InteractionID", "InteractionId")]
    [InlineData("Ssp-From", "SspFrom")]
    public async Task GivenAnNhsNumberInAMalformedSspHeader_WhenRefused_ThenTheNhsNumberAppearsInNoLogEventAndTheHeaderIsLoggedAsMalformed(string header, string property)
    {
        var request = new GpConnectRequestBuilder(HttpMethod.Get, "/B82617/STU3/1/gpconnect/metadata", InteractionIds.ReadMetadata, factory.Clock)
            .WithHeader(header, "nhs-" + NhsNumber);

        using var response = await factory.SendSearchAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        factory.Events.Where(e => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal)
                && e.Properties.TryGetValue(property, out var value) && value.ToString() == "\"(malformed)\"")
            .Should().NotBeEmpty("the completion event says the header was malformed");
        factory.Events.Select(Render).Should().NotContain(text => text.Contains(NhsNumber, StringComparison.Ordinal));
    }

    private List<LogEvent> EventsOf(string traceId) =>
        [.. factory.Events.Where(e => e.Properties.TryGetValue("SspTraceId", out var value) && value.ToString() == $"\"{traceId}\"")];

    private static string Render(LogEvent logEvent) =>
        logEvent.RenderMessage(CultureInfo.InvariantCulture) + " " + string.Join(" ", logEvent.Properties.Select(p => $"{p.Key}={p.Value}"))
        + " " + logEvent.Exception;
}

internal static class LogCaptureRequests
{
    public static async Task<HttpResponseMessage> SendSearchAsync(this LogCaptureApiFactory factory, GpConnectRequestBuilder request)
    {
        using var message = request.Build();
        return await factory.CreateClient().SendAsync(message, TestContext.Current.CancellationToken);
    }
}
