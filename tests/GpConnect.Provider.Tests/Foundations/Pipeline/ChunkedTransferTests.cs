using System.Net;
using System.Text;
using FluentAssertions;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Tests.Infrastructure;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Pipeline;

/// <summary>
/// "Clients and servers SHALL support Transfer-Encoding: chunked" (general API guidance), both ways, over a real
/// HTTP/1.1 connection.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ChunkedTransferTests(KestrelPipelineApiFactory factory) : IClassFixture<KestrelPipelineApiFactory>
{
    [Fact]
    public async Task GivenAGpConnectRead_WhenAnsweredOverHttp11_ThenTheBodyIsSentChunked()
    {
        var request = new GpConnectRequestBuilder(HttpMethod.Get, PipelineProbeController.ReadPath, InteractionIds.ReadPatient, factory.Clock);
        using var message = request.Build();

        using var response = await factory.CreateClient().SendAsync(message, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.TransferEncodingChunked.Should().BeTrue();
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("\"resourceType\":\"Patient\"");
    }

    [Fact]
    public async Task GivenARequestBodySentChunked_WhenWriting_ThenItIsAccepted()
    {
        var request = new GpConnectRequestBuilder(HttpMethod.Put, PipelineProbeController.ReadPath, InteractionIds.AmendAppointment, factory.Clock);
        using var message = request.Build();
        message.Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"resourceType\":\"Appointment\"}")));
        message.Content.Headers.TryAddWithoutValidation("Content-Type", "application/fhir+json");
        message.Headers.TransferEncodingChunked = true;

        using var response = await factory.CreateClient().SendAsync(message, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
