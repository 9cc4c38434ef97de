using Microsoft.AspNetCore.Diagnostics;

namespace GpConnect.Provider.Foundations.Errors;

/// <summary>
/// Turns the framework's bare 404/405 (no endpoint, wrong verb) into OperationOutcomes, so nothing leaves a GP Connect
/// root without one. A wrong verb is 400 BAD_REQUEST in GP Connect ("invalid HTTP verb used"), not 405.
/// Writes directly rather than re-executing the pipeline, which would run the request checks twice.
/// </summary>
public static class StatusCodeOutcome
{
    public static Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var writer = http.RequestServices.GetRequiredService<Fhir.FhirResponseWriter>();
        var path = http.Request.Path.Value;
        return http.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => writer.WriteErrorAsync(
                http, SpineErrorCode.NoRecordFound, $"No GP Connect interaction is served at '{path}'.", http.RequestAborted),
            StatusCodes.Status405MethodNotAllowed => writer.WriteErrorAsync(
                http, SpineErrorCode.BadRequest, $"The HTTP verb {http.Request.Method} is not valid for '{path}'.", http.RequestAborted),
            _ => Task.CompletedTask,
        };
    }
}
