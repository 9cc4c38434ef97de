using System.Globalization;
using System.Net;
using FluentAssertions;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Foundations.Logging;
using GpConnect.Provider.Tests.Foundations.Pipeline;
using GpConnect.Provider.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;
using Serilog.Formatting.Display;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Audit;

/// <summary>
/// The application log carries the GP Connect correlation fields and never a patient's NHS number, whether it came
/// in the query or the path (security guidance: the GET parameters of a search must not reach an unprotected log;
/// the audit store holds the patient).
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
    public async Task GivenAnNhsNumberInTheUrlPath_WhenEverythingIsLogged_ThenTheNhsNumberAppearsInNoLogEvent()
    {
        var request = new GpConnectRequestBuilder(HttpMethod.Get, $"/B82617/STU3/1/gpconnect/Patient/{NhsNumber}", InteractionIds.ReadPatient, factory.Clock);

        using var response = await factory.SendSearchAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound, "an NHS number is not a logical id this provider serves");
        var completion = EventsOf(request.SspTraceId).Should()
            .ContainSingle(e => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal), "the request was logged").Subject;
        completion.Properties["RequestPath"].ToString().Should().Be("\"/B82617/STU3/1/gpconnect/Patient/[nhs-number]\"");
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

    [Fact]
    public async Task GivenTheDefaultConsoleFormat_WhenARequestIsLogged_ThenEveryLineOfItShowsItsTraceId()
    {
        var template = factory.Services.GetRequiredService<IConfiguration>()["Serilog:WriteTo:0:Args:outputTemplate"];
        template.Should().Be(ConsoleLogFormat.OutputTemplate, "the bootstrap logger and the configured one write the same lines");
        var request = new GpConnectRequestBuilder(HttpMethod.Get, "/B82617/STU3/1/gpconnect/metadata", InteractionIds.ReadMetadata, factory.Clock);

        using var response = await factory.SendSearchAsync(request);

        var lines = EventsOf(request.SspTraceId).Select(e => RenderLine(template!, e)).ToList();
        lines.Should().NotBeEmpty().And.OnlyContain(line => line.Contains($"] {request.SspTraceId} ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GivenAHostileTraceIdHeader_WhenLogged_ThenItsLinesSayMalformedAndQuoteNoneOfIt()
    {
        var hostile = "\u001b[31m" + new string('7', 5000);
        var request = new GpConnectRequestBuilder(HttpMethod.Get, "/B82617/STU3/1/gpconnect/metadata", InteractionIds.ReadMetadata, factory.Clock)
            .WithHeader("Ssp-TraceID", hostile);

        using var response = await factory.SendSearchAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        factory.Events.Where(e => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal)
                && e.Properties.TryGetValue("SspTraceId", out var value) && value.ToString() == $"\"{SspDiagnostics.Malformed}\"")
            .Should().NotBeEmpty("the refused request's lines still carry a trace id field, saying it was malformed");
        factory.Events.Select(Render).Should().NotContain(text => text.Contains('\u001b', StringComparison.Ordinal) || text.Contains("7777777777", StringComparison.Ordinal),
            "no part of a malformed header is quoted in the log");
    }

    [Fact]
    public async Task GivenAnActionThatThrows_WhenLogged_ThenTheFailureIsOneErrorEventWithOneStackTrace()
    {
        var request = new GpConnectRequestBuilder(HttpMethod.Get, PipelineProbeController.FailurePath, InteractionIds.ReadPatient, factory.Clock);

        using var response = await factory.SendSearchAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        var events = EventsOf(request.SspTraceId);
        events.Where(e => e.Level >= LogEventLevel.Warning).Should()
            .ContainSingle("one failure is one event, not the exception handler's, ours and the request log's").Which.Level.Should().Be(LogEventLevel.Error);
        events.Where(e => e.Exception is not null).Should().ContainSingle("the stack trace is logged once")
            .Which.Exception!.Message.Should().Contain(PipelineProbeController.SecretFailureText);
        factory.Events.Where(e => e.Exception?.Message.Contains(PipelineProbeController.FailurePath, StringComparison.Ordinal) == true).Should()
            .ContainSingle("no other component logs the same exception, with or without the trace id");
    }

    [Fact]
    public async Task GivenARefusedJwt_WhenLogged_ThenItIsOneInformationEventWithoutStackTrace()
    {
        var request = new GpConnectRequestBuilder(HttpMethod.Get, "/B82617/STU3/1/gpconnect/metadata", InteractionIds.ReadMetadata, factory.Clock)
            .WithClaim("reason_for_request", "marketing");

        using var response = await factory.SendSearchAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var events = EventsOf(request.SspTraceId);
        events.Should().NotBeEmpty();
        events.Should().NotContain(e => e.Level >= LogEventLevel.Warning, "a refusal is an answer, not a fault of the server");
        events.Should().NotContain(e => e.Exception != null && e.Level >= LogEventLevel.Information);
    }

    [Fact]
    public async Task GivenTheStoreIsUnreachable_WhenARequestIsAnswered503_ThenOneWarningIsLoggedWithoutStackTrace()
    {
        await using var outage = factory.WithUnreachableStore();
        var request = new GpConnectRequestBuilder(HttpMethod.Get, "/B82617/STU3/1/gpconnect/metadata", InteractionIds.ReadMetadata, factory.Clock);
        using var message = request.Build();

        using var response = await outage.CreateClient().SendAsync(message, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var events = EventsOf(request.SspTraceId);
        var warning = events.Where(e => e.Level >= LogEventLevel.Warning).Should().ContainSingle().Subject;
        warning.Level.Should().Be(LogEventLevel.Warning);
        events.Should().NotContain(e => e.Exception != null && e.Level >= LogEventLevel.Information, "an outage already answered 503 needs no stack trace");
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

    private List<LogEvent> EventsOf(string traceId) => factory.EventsOf(traceId);

    private static string RenderLine(string template, LogEvent logEvent)
    {
        using var line = new StringWriter(CultureInfo.InvariantCulture);
        new MessageTemplateTextFormatter(template, CultureInfo.InvariantCulture).Format(logEvent, line);
        return line.ToString();
    }

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
