using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Mvc;

namespace GpConnect.Provider.Foundations.Fhir;

/// <summary>A FHIR resource returned from an action, written by <see cref="FhirResponseWriter"/>.</summary>
public sealed class FhirResult(Resource resource, int statusCode = StatusCodes.Status200OK) : IActionResult
{
    public Resource Resource { get; } = resource;

    public int StatusCode { get; } = statusCode;

    public Task ExecuteResultAsync(ActionContext context) =>
        context.HttpContext.RequestServices.GetRequiredService<FhirResponseWriter>()
            .WriteAsync(context.HttpContext, Resource, StatusCode, context.HttpContext.RequestAborted);
}
