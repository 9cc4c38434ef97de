using System.Net;
using FluentAssertions;
using GpConnect.Provider.Foundations;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Tests.Infrastructure;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Pipeline;

/// <summary>
/// Practice switches (foundations, "Enablement and governance switches"; structured error table): a capability the
/// practice has not enabled, or GP Connect as a whole, answers 403 <c>ACCESS DENIED</c>; the Foundations
/// CapabilityStatement is always served.
/// </summary>
[Trait("Category", "Integration")]
public sealed class CapabilitySwitchTests(PipelineApiFactory factory) : PipelineTestBase(factory), IClassFixture<PipelineApiFactory>
{
    [Fact]
    public async Task GivenGpConnectDisabledAtThePractice_WhenGettingFoundationsMetadata_ThenReturns200()
    {
        await Factory.UpdateDemoPracticeAsync(practice => practice.GpConnectEnabled = false);

        using var response = await Factory.SendAsync(Metadata());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task GivenGpConnectDisabledAtThePractice_WhenReadingAPatient_ThenReturns403AccessDenied()
    {
        await Factory.UpdateDemoPracticeAsync(practice => practice.GpConnectEnabled = false);
        var request = ProbeRead();

        using var response = await Factory.SendAsync(request);

        await response.ShouldBeRefusedAsync(Factory, request.SspTraceId, HttpStatusCode.Forbidden, "ACCESS DENIED", "B82617");
    }

    [Fact]
    public async Task GivenGpConnectSwitchedOffInTheStore_WhenThePracticeCacheLifetimeHasPassed_ThenReadsAreRefused()
    {
        using (var first = await Factory.SendAsync(ProbeRead()))
        {
            first.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        await Factory.UpdateDemoPracticeAsync(practice => practice.GpConnectEnabled = false, forgetCachedPractice: false);
        using (var withinLifetime = await Factory.SendAsync(ProbeRead()))
        {
            withinLifetime.StatusCode.Should().Be(HttpStatusCode.OK, "the practice read a moment ago is still cached");
        }

        Factory.Clock.Advance(new GpConnectOptions().PracticeCacheLifetime);
        var request = ProbeRead();

        using var response = await Factory.SendAsync(request);

        await response.ShouldBeRefusedAsync(Factory, request.SspTraceId, HttpStatusCode.Forbidden, "ACCESS DENIED", "B82617");
    }

    [Fact]
    public async Task GivenGpConnectDisabledAtThePractice_WhenGettingStructuredMetadata_ThenReturns403AccessDenied()
    {
        await Factory.UpdateDemoPracticeAsync(practice => practice.GpConnectEnabled = false);
        var request = new GpConnectRequestBuilder(HttpMethod.Get, StructuredMetadataPath, InteractionIds.ReadStructuredMetadata, Factory.Clock);

        using var response = await Factory.SendAsync(request);

        await response.ShouldBeRefusedAsync(Factory, request.SspTraceId, HttpStatusCode.Forbidden, "ACCESS DENIED", "AccessRecordStructured");
    }

    [Fact]
    public async Task GivenAccessRecordStructuredDisabled_WhenGettingStructuredMetadata_ThenReturns403AccessDenied()
    {
        await Factory.UpdateDemoPracticeAsync(practice => practice.AccessRecordStructuredEnabled = false);
        var request = new GpConnectRequestBuilder(HttpMethod.Get, StructuredMetadataPath, InteractionIds.ReadStructuredMetadata, Factory.Clock);

        using var response = await Factory.SendAsync(request);

        await response.ShouldBeRefusedAsync(Factory, request.SspTraceId, HttpStatusCode.Forbidden, "ACCESS DENIED", "AccessRecordStructured");
    }

    [Fact]
    public async Task GivenAccessDocumentDisabled_WhenGettingDocumentsMetadata_ThenReturns403AccessDenied()
    {
        await Factory.UpdateDemoPracticeAsync(practice => practice.AccessDocumentEnabled = false);
        var request = new GpConnectRequestBuilder(HttpMethod.Get, DocumentsMetadataPath, InteractionIds.ReadDocumentsMetadata, Factory.Clock);

        using var response = await Factory.SendAsync(request);

        await response.ShouldBeRefusedAsync(Factory, request.SspTraceId, HttpStatusCode.Forbidden, "ACCESS DENIED", "AccessDocument");
    }

    [Fact]
    public async Task GivenMigrationDisabled_WhenMigratingAStructuredRecord_ThenReturns403AccessDenied()
    {
        await Factory.UpdateDemoPracticeAsync(practice => practice.MigrateRecordEnabled = false);
        var request = new GpConnectRequestBuilder(HttpMethod.Get, PipelineProbeController.MigratePath, InteractionIds.MigrateStructuredRecord, Factory.Clock);

        using var response = await Factory.SendAsync(request);

        await response.ShouldBeRefusedAsync(Factory, request.SspTraceId, HttpStatusCode.Forbidden, "ACCESS DENIED", "MigrateStructuredRecord");
    }

    [Fact]
    public async Task GivenAppointmentManagementDisabled_WhenAmendingAnAppointment_ThenReturns403AccessDenied()
    {
        await Factory.UpdateDemoPracticeAsync(practice => practice.AppointmentManagementEnabled = false);
        var request = new GpConnectRequestBuilder(HttpMethod.Put, PipelineProbeController.ReadPath, InteractionIds.AmendAppointment, Factory.Clock)
            .WithBody("{}", "application/fhir+json");

        using var response = await Factory.SendAsync(request);

        await response.ShouldBeRefusedAsync(Factory, request.SspTraceId, HttpStatusCode.Forbidden, "ACCESS DENIED", "AppointmentManagement");
    }

    [Fact]
    public async Task GivenTheSeededDemoPractice_WhenGettingEveryRootsMetadata_ThenEveryCapabilityIsEnabled()
    {
        foreach (var (path, interaction) in new[]
        {
            (FoundationsMetadataPath, InteractionIds.ReadMetadata),
            (StructuredMetadataPath, InteractionIds.ReadStructuredMetadata),
            (DocumentsMetadataPath, InteractionIds.ReadDocumentsMetadata),
        })
        {
            using var response = await Factory.SendAsync(new GpConnectRequestBuilder(HttpMethod.Get, path, interaction, Factory.Clock));
            response.StatusCode.Should().Be(HttpStatusCode.OK, path);
        }
    }
}
