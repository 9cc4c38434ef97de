using GpConnect.Provider.Foundations.Fhir;

namespace GpConnect.Provider.Foundations.Errors;

/// <summary>
/// Catches what escapes the exception handler (a failure inside an error writer, or in a callback as the response
/// starts), so that nothing reaches the host's own handling: in Development that is a developer page quoting the
/// stack trace, source paths and request headers (the JWT among them). The consumer gets a 500 OperationOutcome whose
/// only content is ours, and, since this sits inside the audit, the audit entry records that 500.
/// </summary>
public sealed partial class LastResortOutcomeMiddleware(RequestDelegate next, FhirResponseWriter writer, ILogger<LastResortOutcomeMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
        {
            LogEscapedFailure(logger, ex, context.TraceIdentifier);
            try
            {
                await writer.WriteErrorAsync(
                    context, SpineErrorCode.InternalServerError, $"An unexpected error occurred (request {context.TraceIdentifier}).", CancellationToken.None);
            }
            catch (Exception writeFailure) when (writeFailure is not OperationCanceledException)
            {
                LogEscapedFailure(logger, writeFailure, context.TraceIdentifier);
                if (!context.Response.HasStarted)
                {
                    context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                }

                context.Abort();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A failure escaped the exception handler ({TraceIdentifier})")]
    private static partial void LogEscapedFailure(ILogger logger, Exception exception, string traceIdentifier);
}
