using System.Net;
using FluentAssertions;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Tests.Infrastructure;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Pipeline;

/// <summary>
/// <c>Ssp-InteractionID</c> must be the interaction the URL and verb select, exactly (foundations, "Required HTTP
/// request headers"; PT: wrong-case interaction ID, GET instead of POST → 400 BAD_REQUEST).
/// </summary>
[Trait("Category", "Integration")]
public sealed class InteractionIdTests(PipelineApiFactory factory) : PipelineTestBase(factory), IClassFixture<PipelineApiFactory>
{
    [Theory]
    [InlineData("URN:NHS:NAMES:SERVICES:GPCONNECT:FHIR:REST:READ:METADATA-1")]
    [InlineData("urn:nhs:names:services:gpconnect:fhir:rest:read:Metadata-1")]
    public async Task GivenTheInteractionIdInTheWrongCase_WhenGettingMetadata_ThenReturns400(string interactionId)
    {
        var request = Metadata().WithHeader("Ssp-InteractionID", interactionId);

        await ShouldBeBadRequestAsync(request, "Ssp-InteractionID");
    }

    [Theory]
    [InlineData(InteractionIds.ReadPatient)]
    [InlineData(InteractionIds.ReadStructuredMetadata)]
    [InlineData("urn:nhs:names:services:gpconnect:fhir:rest:read:metadata")]
    [InlineData("urn:nhs:names:services:gpconnect:fhir:rest:read:nothing-1")]
    public async Task GivenTheInteractionIdOfAnotherInteraction_WhenGettingMetadata_ThenReturns400(string interactionId)
    {
        var request = Metadata().WithHeader("Ssp-InteractionID", interactionId);

        var diagnostics = await ShouldBeBadRequestAsync(request, "Ssp-InteractionID");
        diagnostics.Should().Contain(InteractionIds.ReadMetadata, "the diagnostics say what the URL serves");
    }

    [Fact]
    public async Task GivenTheWrongVerb_WhenPostingToMetadata_ThenReturns400()
    {
        var request = new GpConnectRequestBuilder(HttpMethod.Post, FoundationsMetadataPath, InteractionIds.ReadMetadata, Factory.Clock)
            .WithBody("{}", "application/fhir+json");

        await ShouldBeBadRequestAsync(request, "POST");
    }

    [Theory]
    [InlineData(InteractionIds.AmendAppointment)]
    [InlineData(InteractionIds.CancelAppointment)]
    public async Task GivenEitherInteractionOfARouteTwoInteractionsShare_WhenPutting_ThenReturns200(string interactionId)
    {
        var request = new GpConnectRequestBuilder(HttpMethod.Put, PipelineProbeController.ReadPath, interactionId, Factory.Clock)
            .WithBody("{}", "application/fhir+json");

        using var response = await Factory.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Factory.SingleAuditEntryAsync(request.SspTraceId)).InteractionId.Should().Be(interactionId);
    }

    [Fact]
    public async Task GivenAThirdInteractionOnASharedRoute_WhenPutting_ThenReturns400NamingBoth()
    {
        var request = new GpConnectRequestBuilder(HttpMethod.Put, PipelineProbeController.ReadPath, InteractionIds.BookAppointment, Factory.Clock)
            .WithBody("{}", "application/fhir+json");

        var diagnostics = await ShouldBeBadRequestAsync(request, "Ssp-InteractionID");
        diagnostics.Should().Contain(InteractionIds.AmendAppointment).And.Contain(InteractionIds.CancelAppointment);
    }

    [Fact]
    public async Task GivenAResourceNameInTheWrongCase_WhenGettingIt_ThenReturns404()
    {
        var request = new GpConnectRequestBuilder(HttpMethod.Get, "/B82617/STU3/1/gpconnect/METADATA", InteractionIds.ReadMetadata, Factory.Clock);

        using var response = await Factory.SendAsync(request);

        await response.ShouldBeRefusedAsync(Factory, request.SspTraceId, HttpStatusCode.NotFound, "NO_RECORD_FOUND", "METADATA");
    }
}
