using GpConnect.Fhir.Stu3.Serialization;
using GpConnect.Provider.Foundations.Audit;
using GpConnect.Provider.Foundations.Errors;
using Hl7.Fhir.Model;
using Microsoft.Net.Http.Headers;

namespace GpConnect.Provider.Foundations.Fhir;

/// <summary>
/// Writes STU3 resources in the negotiated format with the GP Connect content type (charset always given).
/// Results and errors both leave through here, so an OperationOutcome is formatted exactly like a resource.
/// A single resource with <c>meta.versionId</c> gets <c>ETag: W/"versionId"</c> (foundations, "Resource,
/// versioning and ETag rules"); an error records its Spine code for the audit.
/// </summary>
public sealed class FhirResponseWriter(FhirStu3Serializer serializer)
{
    public async Task WriteAsync(HttpContext context, Resource resource, int statusCode, CancellationToken cancellationToken)
    {
        var format = context.Features.Get<NegotiatedFormat>()?.Format ?? FhirContentNegotiation.ResponseFormatFor(context.Request);
        if (resource is not Bundle and not OperationOutcome && resource.Meta?.VersionId is { Length: > 0 } versionId)
        {
            context.Response.Headers[HeaderNames.ETag] = $"W/\"{versionId}\"";
        }

        await WriteAsync(context, resource, statusCode, format, cancellationToken);
    }

    public Task WriteErrorAsync(HttpContext context, SpineErrorCode error, string diagnostics, CancellationToken cancellationToken)
    {
        context.Features.Set(new SpineOutcomeFeature(error));
        if (context.Response.HasStarted)
        {
            // Too late for a status and body: abort so the consumer sees a broken response, not a truncated success.
            context.Abort();
            return Task.CompletedTask;
        }

        context.Response.Clear();
        var format = context.Features.Get<NegotiatedFormat>()?.Format ?? FhirContentNegotiation.ErrorFormatFor(context.Request);
        return WriteAsync(context, OperationOutcomes.For(error, diagnostics), error.HttpStatus, format, cancellationToken);
    }

    private async Task WriteAsync(HttpContext context, Resource resource, int statusCode, FhirFormat format, CancellationToken cancellationToken)
    {
        var body = format == FhirFormat.Xml ? serializer.SerializeToXmlBytes(resource) : serializer.SerializeToJsonBytes(resource);

        // Nothing is disclosed before its audit entry is committed, and not before the body is ready, so the entry
        // records what the consumer gets. When the store cannot take it the data is withheld: the consumer gets the
        // 503 of an unavailable store, audited in its place (docs/decisions/0011).
        if (statusCode < StatusCodes.Status400BadRequest
            && !await context.RequestServices.GetRequiredService<RequestAudit>().CommitBeforeDisclosureAsync(statusCode))
        {
            throw new AuditNotStoredException(innerException: null);
        }

        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = GpConnectMediaTypes.ContentTypeOf(format);
        await response.Body.WriteAsync(body, cancellationToken);
    }
}
