using FluentAssertions;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Tests.Foundations.Pipeline;
using GpConnect.Provider.Tests.Infrastructure;
using Xunit;

namespace GpConnect.Provider.Tests.Profiles;

/// <summary>
/// Every test factory's host checks each FHIR response against its profile (<see cref="ProfileConformanceMiddleware"/>):
/// a test that receives a response breaking its profile fails with the list of violations, without asking for it.
/// </summary>
public sealed class ProfileConformanceHookTests(PipelineApiFactory factory) : PipelineTestBase(factory), IClassFixture<PipelineApiFactory>
{
    [Fact]
    public async Task GivenResponseBreakingItsProfile_WhenAnyTestReceivesIt_ThenTheRequestFailsListingTheViolations()
    {
        var request = new GpConnectRequestBuilder(HttpMethod.Get, PipelineProbeController.NonConformantPath, InteractionIds.ReadPatient, Factory.Clock);

        var send = async () =>
        {
            using var response = await Factory.SendAsync(request);
        };

        var thrown = (await send.Should().ThrowAsync<Exception>()).Which;
        var violation = Chain(thrown).OfType<ProfileViolationException>().Should().ContainSingle(thrown.ToString()).Subject;
        violation.Message.Should().Contain(PipelineProbeController.NonConformantPath);
        violation.Violations.Should().Contain("Patient.name:official: 0 present, but CareConnect-GPC-Patient-1 requires 1..1 (Patient.name:official)");
    }

    [Fact]
    public async Task GivenResponseWithinItsProfile_WhenReceived_ThenTheTestSeesItUnchanged()
    {
        using var response = await Factory.SendAsync(ProbeRead());

        response.IsSuccessStatusCode.Should().BeTrue();
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("\"resourceType\":\"Patient\"");
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }
}
