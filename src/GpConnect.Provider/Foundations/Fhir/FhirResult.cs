using GpConnect.Provider.Foundations.Audit;
using GpConnect.Provider.Foundations.Errors;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Mvc;

namespace GpConnect.Provider.Foundations.Fhir;

/// <summary>
/// A FHIR resource returned from an action, written by <see cref="FhirResponseWriter"/> once the request's audit
/// entry is committed: when the store cannot take it, the resource is withheld and the consumer gets the 503 of an
/// unavailable store (audited in its place), never a broken or unaudited response.
/// </summary>
public sealed class FhirResult(Resource resource, int statusCode = StatusCodes.Status200OK) : IActionResult
{
    public Resource Resource { get; } = resource;

    public int StatusCode { get; } = statusCode;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        if (StatusCode < StatusCodes.Status400BadRequest
            && !await http.RequestServices.GetRequiredService<RequestAudit>().CommitBeforeDisclosureAsync(StatusCode))
        {
            throw new AuditNotStoredException(innerException: null);
        }

        await http.RequestServices.GetRequiredService<FhirResponseWriter>().WriteAsync(http, Resource, StatusCode, http.RequestAborted);
    }
}
