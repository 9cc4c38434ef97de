using System.Net;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Tests.Infrastructure;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Pipeline;

/// <summary>
/// Pipeline tests share one host and database per class; each test starts from the freshly seeded store, so the
/// demo practice is fully enabled and the audit trail is empty.
/// </summary>
public abstract class PipelineTestBase(PipelineApiFactory factory) : IAsyncLifetime
{
    public const string FoundationsMetadataPath = "/B82617/STU3/1/gpconnect/metadata";
    public const string StructuredMetadataPath = "/B82617/STU3/1/gpconnect/structured/metadata";
    public const string DocumentsMetadataPath = "/B82617/STU3/1/gpconnect/documents/metadata";

    protected PipelineApiFactory Factory { get; } = factory;

    public ValueTask InitializeAsync() => new(Factory.ResetAsync(TestContext.Current.CancellationToken));

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>A valid Foundations <c>GET /metadata</c>: the simplest request every stage of the pipeline sees.</summary>
    protected GpConnectRequestBuilder Metadata() =>
        new(HttpMethod.Get, FoundationsMetadataPath, InteractionIds.ReadMetadata, Factory.Clock);

    /// <summary>A valid read of the probe resource (<c>patient/*.read</c>, names a patient, versioned).</summary>
    protected GpConnectRequestBuilder ProbeRead() =>
        new(HttpMethod.Get, PipelineProbeController.ReadPath, InteractionIds.ReadPatient, Factory.Clock);

    /// <summary>Sends the request and asserts a 400 BAD_REQUEST whose diagnostics mention what was wrong; returns them.</summary>
    protected async Task<string> ShouldBeBadRequestAsync(GpConnectRequestBuilder request, string diagnosticsMention)
    {
        using var response = await Factory.SendAsync(request);
        return await response.ShouldBeRefusedAsync(Factory, request.SspTraceId, HttpStatusCode.BadRequest, "BAD_REQUEST", diagnosticsMention);
    }
}
