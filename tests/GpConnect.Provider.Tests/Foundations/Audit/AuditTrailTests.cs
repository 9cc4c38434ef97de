using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Store;
using GpConnect.Provider.Tests.Foundations.Pipeline;
using GpConnect.Provider.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Audit;

/// <summary>
/// The audit trail (foundations, "Enablement and governance switches"; audit and provenance guidance): one entry
/// per GP Connect request, accepted, refused or failed, with server time, a gap-free sequence number, the SSP
/// headers, the caller as the JWT described them, the patient and the outcome; a write and its entry commit together.
/// </summary>
[Trait("Category", "Integration")]
public sealed class AuditTrailTests(PipelineApiFactory factory) : PipelineTestBase(factory), IClassFixture<PipelineApiFactory>
{
    [Fact]
    public async Task GivenAnAcceptedRead_WhenItCompletes_ThenOneEntryRecordsTheRequestTheCallerThePatientAndTheOutcome()
    {
        Factory.Clock.Advance(TimeSpan.FromMinutes(7));
        var request = ProbeRead();

        using var response = await Factory.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var entry = await Factory.SingleAuditEntryAsync(request.SspTraceId);
        entry.RecordedAt.Should().Be(Factory.Clock.GetUtcNow().UtcDateTime, "the server clock stamps the entry");
        entry.InteractionId.Should().Be(InteractionIds.ReadPatient);
        entry.SspFrom.Should().Be(GpConnectRequestBuilder.ConsumerAsid);
        entry.SspTo.Should().Be(GpConnectRequestBuilder.ProviderAsid);
        entry.HttpMethod.Should().Be("GET");
        entry.RequestPath.Should().Be(PipelineProbeController.ReadPath);
        entry.RequestingUserSdsUserId.Should().Be(GpConnectRequestBuilder.SdsUserId);
        entry.RequestingUserName.Should().Be("Dr Claire Jones");
        entry.RequestingOrganisationOdsCode.Should().Be(GpConnectRequestBuilder.RequestingOrganisationOdsCode);
        entry.RequestingOrganisation.Should().Contain(GpConnectRequestBuilder.RequestingOrganisationName);
        entry.RequestingDevice.Should().Contain("CONS-APP-4");
        entry.PatientNhsNumber.Should().Be(PipelineProbeController.AuditedNhsNumber);
        entry.OutcomeHttpStatus.Should().Be(200);
        entry.OutcomeSpineCode.Should().BeNull();
        entry.SequenceNumber.Should().Be(1);
    }

    [Fact]
    public async Task GivenARequestRefusedForItsJwt_WhenAudited_ThenTheCallerIsStillRecordedFromTheClaimsAsSent()
    {
        var request = ProbeRead().WithClaim("reason_for_request", "notdirectcare");

        using var response = await Factory.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var entry = await Factory.SingleAuditEntryAsync(request.SspTraceId);
        entry.RequestingUserSdsUserId.Should().Be(GpConnectRequestBuilder.SdsUserId);
        entry.ReasonForRequest.Should().Be("notdirectcare");
        entry.OutcomeSpineCode.Should().Be("BAD_REQUEST");
        entry.PatientNhsNumber.Should().BeNull("the request never reached the service that names the patient");
    }

    [Fact]
    public async Task GivenARequestRefusedForAHeaderWhoseTokenRepeatsAClaim_WhenAudited_ThenOneEntryRecordsTheRefusalAndTheClaimsLastValue()
    {
        var request = ProbeRead().WithoutHeader("Ssp-From");
        request.WithRawPayload(Encoding.UTF8.GetBytes(request.ClaimsJson()[..^1] + ",\"reason_for_request\":\"repeated\"}"));

        using var response = await Factory.SendAsync(request);

        await response.ShouldBeRefusedAsync(Factory, request.SspTraceId, HttpStatusCode.BadRequest, "BAD_REQUEST", "Ssp-From");
        var entry = await Factory.SingleAuditEntryAsync(request.SspTraceId);
        entry.ReasonForRequest.Should().Be("repeated", "a repeated name is read as JavaScript reads it, the last value winning");
        entry.RequestingUserSdsUserId.Should().Be(GpConnectRequestBuilder.SdsUserId);
    }

    [Fact]
    public async Task GivenAClaimWithANulCharacter_WhenAudited_ThenTheEntryIsStoredWithTheCharacterEscaped()
    {
        var request = ProbeRead()
            .WithClaim("reason_for_request", "direct\u0000care")
            .WithClaim("requesting_practitioner", PractitionerNamed("Jo\u0000nes"));

        using var response = await Factory.SendAsync(request);

        await response.ShouldBeRefusedAsync(Factory, request.SspTraceId, HttpStatusCode.BadRequest, "BAD_REQUEST", "reason_for_request");
        var entry = await Factory.SingleAuditEntryAsync(request.SspTraceId);
        entry.ReasonForRequest.Should().Be("direct\\u0000care");
        entry.RequestingUserName.Should().Be("Dr Claire Jo\\u0000nes");
    }

    [Fact]
    public async Task GivenClaimsLongerThanTheirColumns_WhenAudited_ThenTheEntryIsStoredWithThemCut()
    {
        // Far longer than their columns (500 and 255), yet inside the request header limit (README "Configuration").
        var request = ProbeRead()
            .WithClaim("requested_scope", new string('s', 8_000))
            .WithClaim("requesting_practitioner", PractitionerNamed(new string('n', 8_000)));

        using var response = await Factory.SendAsync(request);

        await response.ShouldBeRefusedAsync(Factory, request.SspTraceId, HttpStatusCode.BadRequest, "BAD_REQUEST", "requested_scope");
        var entry = await Factory.SingleAuditEntryAsync(request.SspTraceId);
        entry.RequestedScope.Should().Be(new string('s', 500));
        entry.RequestingUserName.Should().StartWith("Dr Claire nnn").And.HaveLength(255);
    }

    [Fact]
    public async Task GivenAWriteInteraction_WhenItSucceeds_ThenTheWriteAndItsEntryAreStoredTogether()
    {
        var request = Write("P1PRB");

        using var response = await Factory.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var entry = await Factory.SingleAuditEntryAsync(request.SspTraceId);
        entry.OutcomeHttpStatus.Should().Be(201);
        entry.PatientNhsNumber.Should().Be(PipelineProbeController.AuditedNhsNumber);
        (await OrganisationExistsAsync("P1PRB")).Should().BeTrue();
    }

    [Fact]
    public async Task GivenAWriteInteractionThatFails_WhenAudited_ThenOneEntryRecordsTheFailureAndNothingWasWritten()
    {
        // B82617 exists already: the organisation's unique ODS code fails the write, and the entry with it.
        var request = Write(GpConnectApiFactoryBase.DemoPracticeOdsCode);

        using var response = await Factory.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        var entry = await Factory.SingleAuditEntryAsync(request.SspTraceId);
        entry.OutcomeHttpStatus.Should().Be(500);
        entry.OutcomeSpineCode.Should().Be("INTERNAL_SERVER_ERROR");
        entry.PatientNhsNumber.Should().Be(PipelineProbeController.AuditedNhsNumber);
    }

    [Fact]
    public async Task GivenManyConcurrentRequests_WhenAudited_ThenSequenceNumbersAreOneToNWithoutGapsOrDuplicates()
    {
        const int requests = 40;
        var client = Factory.CreateClient();
        var sends = Enumerable.Range(0, requests).Select(async i =>
        {
            // A mix of accepted and refused requests, so both paths append at once.
            var request = i % 3 == 0 ? ProbeRead().WithoutHeader("Ssp-From") : ProbeRead();
            using var message = request.Build();
            using var response = await client.SendAsync(message, TestContext.Current.CancellationToken);
            return response.StatusCode;
        });

        await Task.WhenAll(sends);

        await using var scope = Factory.Services.CreateAsyncScope();
        var numbers = await scope.ServiceProvider.GetRequiredService<ClinicalRecordDbContext>().AuditEntries
            .Select(e => e.SequenceNumber).OrderBy(n => n).ToListAsync(TestContext.Current.CancellationToken);
        numbers.Should().Equal(Enumerable.Range(1, requests).Select(n => (long)n));
    }

    private static JsonObject PractitionerNamed(string family)
    {
        var practitioner = GpConnectRequestBuilder.RequestingPractitioner();
        practitioner["name"]![0]!["family"] = family;
        return practitioner;
    }

    private GpConnectRequestBuilder Write(string odsCode) =>
        new GpConnectRequestBuilder(HttpMethod.Post, $"{PipelineProbeController.WritePath}?odsCode={odsCode}", InteractionIds.RegisterPatient, Factory.Clock)
            .WithBody("{}", "application/fhir+json");

    private async Task<bool> OrganisationExistsAsync(string odsCode)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClinicalRecordDbContext>().Organisations
            .AnyAsync(o => o.OdsCode == odsCode, TestContext.Current.CancellationToken);
    }
}
