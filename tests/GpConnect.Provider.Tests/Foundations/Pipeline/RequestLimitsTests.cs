using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using FluentAssertions;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Tests.Infrastructure;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Pipeline;

/// <summary>
/// The documented request limits (README "Configuration", docs/decisions/0010) over a real Kestrel socket, so that
/// Kestrel's own limits are shown to sit above them: a URL, headers or body over a limit, or a body sent too slowly,
/// is an audited OperationOutcome from the application, never Kestrel's bare refusal.
/// </summary>
[Trait("Category", "Integration")]
public sealed class RequestLimitsTests(KestrelPipelineApiFactory factory) : IClassFixture<KestrelPipelineApiFactory>, IAsyncLifetime
{
    private const string RegisterPatientPath = PipelineProbeController.Root + "/Patient/$gpc.registerpatient";

    public ValueTask InitializeAsync() => new(factory.ResetAsync(TestContext.Current.CancellationToken));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task GivenAUrlOverTheLimit_WhenSent_ThenReturns414OperationOutcome()
    {
        var request = new GpConnectRequestBuilder(
            HttpMethod.Get, PipelineTestBase.FoundationsMetadataPath + "?padding=" + new string('a', 10_000), InteractionIds.ReadMetadata, factory.Clock);

        using var response = await factory.SendAsync(request);

        await response.ShouldBeRefusedAsync(factory, request.SspTraceId, HttpStatusCode.RequestUriTooLong, "BAD_REQUEST", "URL is longer than 8,192");
    }

    [Fact]
    public async Task GivenHeadersOverTheLimit_WhenSent_ThenReturns431OperationOutcome()
    {
        var request = new GpConnectRequestBuilder(HttpMethod.Get, PipelineTestBase.FoundationsMetadataPath, InteractionIds.ReadMetadata, factory.Clock)
            .WithHeader("X-Padding", new string('a', 40_000));

        using var response = await factory.SendAsync(request);

        await response.ShouldBeRefusedAsync(factory, request.SspTraceId, HttpStatusCode.RequestHeaderFieldsTooLarge, "BAD_REQUEST", "32,768 characters");
    }

    [Fact]
    public async Task GivenA50MegabyteBodyDeclared_WhenRegistering_ThenReturns413BeforeTheBodyIsRead()
    {
        var request = RegisterPatient();
        using var message = request.Build();

        using var response = await RawHttpExchange.SendAsync(
            ServerAddress(), message, "application/fhir+json", 50L * 1024 * 1024, (_, _) => Task.CompletedTask, TestContext.Current.CancellationToken);

        await response.ShouldBeRefusedAsync(factory, request.SspTraceId, HttpStatusCode.RequestEntityTooLarge, "BAD_REQUEST", "larger than 1,048,576 bytes");
    }

    [Fact]
    public async Task GivenAChunkedBodyOverTheLimit_WhenRegistering_ThenKestrelStopsTheReadAndTheAnswerIs413()
    {
        var request = RegisterPatient();
        using var message = request.Build();

        using var response = await RawHttpExchange.SendAsync(
            ServerAddress(), message, "application/fhir+json", declaredLength: null, SendOneChunkOverTheLimitAsync, TestContext.Current.CancellationToken);

        await response.ShouldBeRefusedAsync(factory, request.SspTraceId, HttpStatusCode.RequestEntityTooLarge, "BAD_REQUEST", "larger than");
    }

    [Fact]
    public async Task GivenABodySentOneByteASecond_WhenRegistering_ThenReturns408Quickly()
    {
        var request = RegisterPatient();
        using var message = request.Build();
        var watch = Stopwatch.StartNew();

        using var response = await RawHttpExchange.SendAsync(
            ServerAddress(), message, "application/fhir+json", 1_000, SendSlowlyAsync, TestContext.Current.CancellationToken);

        await response.ShouldBeRefusedAsync(factory, request.SspTraceId, HttpStatusCode.RequestTimeout, "BAD_REQUEST", "too slowly");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "the 5 s grace period and 240 bytes/s bound the time a slow body holds a request");
    }

    private static async Task SendSlowlyAsync(Stream stream, CancellationToken cancellationToken)
    {
        for (var i = 0; i < 60; i++)
        {
            await stream.WriteAsync("{"u8.ToArray(), cancellationToken);
            await stream.FlushAsync(cancellationToken);
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    /// <summary>One chunk a little over the 1 MiB limit, and no end: the server must answer without waiting for one.</summary>
    private static async Task SendOneChunkOverTheLimitAsync(Stream stream, CancellationToken cancellationToken)
    {
        var size = (1024 * 1024) + (16 * 1024);
        byte[] chunk = [.. Encoding.ASCII.GetBytes(size.ToString("X", CultureInfo.InvariantCulture) + "\r\n"), .. Enumerable.Repeat((byte)' ', size), .. "\r\n"u8];
        await stream.WriteAsync(chunk, cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }

    private GpConnectRequestBuilder RegisterPatient() =>
        new(HttpMethod.Post, RegisterPatientPath, InteractionIds.RegisterPatient, factory.Clock);

    private Uri ServerAddress()
    {
        using var client = factory.CreateClient();
        return client.BaseAddress!;
    }
}
