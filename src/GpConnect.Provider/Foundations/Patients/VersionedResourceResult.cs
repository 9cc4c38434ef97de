using GpConnect.Provider.Foundations.Fhir;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace GpConnect.Provider.Foundations.Patients;

/// <summary>
/// A read's resource with its weak ETag, <c>W/"[meta.versionId]"</c> (Foundations, "Resource, versioning and ETag
/// rules": every read returns one; assurance checks it on Patient read).
/// </summary>
public sealed class VersionedResourceResult(Resource resource) : IActionResult
{
    public Resource Resource { get; } = resource;

    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Resource.Meta?.VersionId is { Length: > 0 } versionId)
        {
            context.HttpContext.Response.Headers[HeaderNames.ETag] = new EntityTagHeaderValue($"\"{versionId}\"", isWeak: true).ToString();
        }

        return new FhirResult(Resource).ExecuteResultAsync(context);
    }
}
