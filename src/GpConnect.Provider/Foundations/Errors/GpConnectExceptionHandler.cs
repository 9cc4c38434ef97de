using GpConnect.Provider.Foundations.Fhir;
using Microsoft.AspNetCore.Diagnostics;
using Serilog;

namespace GpConnect.Provider.Foundations.Errors;

/// <summary>
/// The one place where a failure becomes a response: a GPConnect-OperationOutcome-1 written in the negotiated format.
/// <list type="table">
/// <item><term><see cref="GpConnectException"/></term><description>its own Spine code and HTTP status</description></item>
/// <item><term><see cref="BadHttpRequestException"/></term><description>the server refused the body while it was read: 413 too large, 408 too slow, else 400</description></item>
/// <item><term>the store is unavailable (<see cref="StoreOutage"/>)</term><description>503: the store is unavailable, the request may be retried</description></item>
/// <item><term>anything else</term><description>500 INTERNAL_SERVER_ERROR naming the request's Ssp-TraceID; the stack trace goes to the log, never to the consumer</description></item>
/// </list>
/// A failure is logged once: the exception of a 500 rides on the request-completion event (Serilog's diagnostic
/// context), which <see cref="Logging.RequestLogLevels"/> makes an error; a 503 and every refusal carry no stack trace.
/// </summary>
public sealed class GpConnectExceptionHandler(FhirResponseWriter writer, IDiagnosticContext diagnosticContext) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The consumer quotes Ssp-TraceID when it reports a failure; our own trace identifier joins it in the log.
        var sspTraceId = httpContext.Request.Headers[GpConnectHeaders.SspTraceId].ToString();
        var (error, diagnostics) = Classify(exception, sspTraceId.Length > 0 ? sspTraceId : httpContext.TraceIdentifier);
        if (error == SpineErrorCode.InternalServerError)
        {
            diagnosticContext.SetException(exception);
        }

        await writer.WriteErrorAsync(httpContext, error, diagnostics, cancellationToken);
        return true;
    }

    private static (SpineErrorCode Error, string Diagnostics) Classify(Exception exception, string traceIdentifier) => exception switch
    {
        GpConnectException gpc => (gpc.Error, gpc.Diagnostics),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
            (SpineErrorCode.PayloadTooLarge, "The request body is larger than this server accepts."),
        BadHttpRequestException { StatusCode: StatusCodes.Status408RequestTimeout } =>
            (SpineErrorCode.RequestTimeout, "The request body arrived too slowly."),
        BadHttpRequestException =>
            (SpineErrorCode.BadRequest, "The request body could not be read (malformed framing or a body ended early)."),
        _ when StoreOutage.IsUnavailable(exception) =>
            (SpineErrorCode.StoreUnavailable, $"The clinical record store is unavailable; retry later (request {traceIdentifier})."),
        _ => (SpineErrorCode.InternalServerError, $"An unexpected error occurred (request {traceIdentifier})."),
    };
}
