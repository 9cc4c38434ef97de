using System.Net;
using FluentAssertions;
using GpConnect.Provider.Tests.Infrastructure;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Pipeline;

/// <summary>
/// Failures nobody asked for (foundations, "Error model"): an unexpected exception is 500 INTERNAL_SERVER_ERROR
/// with nothing of the server's internals in the body; the clinical record store being unreachable is 503.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ErrorTests(PipelineApiFactory factory) : PipelineTestBase(factory), IClassFixture<PipelineApiFactory>
{
    [Fact]
    public async Task GivenAnActionThatThrows_WhenCalled_ThenReturns500WithoutInternals()
    {
        var request = new GpConnectRequestBuilder(
            HttpMethod.Get, PipelineProbeController.FailurePath, GpConnect.Provider.Foundations.Interactions.InteractionIds.ReadPatient, Factory.Clock);

        using var response = await Factory.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        await response.ShouldBeRefusedAsync(
            Factory, request.SspTraceId, HttpStatusCode.InternalServerError, "INTERNAL_SERVER_ERROR", "unexpected error");
        body.Should().Contain(request.SspTraceId, "the consumer can quote it to the provider's support")
            .And.NotContain("hunter2").And.NotContain("PipelineProbeController").And.NotContain("InvalidOperationException")
            .And.NotContain(" at ", "no stack trace leaves the server");
    }

    [Fact]
    public async Task GivenTheStoreIsUnreachable_WhenGettingMetadata_ThenReturns503()
    {
        await using var outage = Factory.WithUnreachableStore();
        var request = Metadata();
        using var message = request.Build();

        using var response = await outage.CreateClient().SendAsync(message, TestContext.Current.CancellationToken);

        var diagnostics = await response.ShouldBeOperationOutcomeAsync(HttpStatusCode.ServiceUnavailable, "INTERNAL_SERVER_ERROR");
        diagnostics.Should().Contain("unavailable");
    }
}
