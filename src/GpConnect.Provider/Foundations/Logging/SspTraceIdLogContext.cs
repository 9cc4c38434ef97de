using Serilog.Context;

namespace GpConnect.Provider.Foundations.Logging;

/// <summary>
/// Puts the request's <c>Ssp-TraceID</c> on every log line written while the request runs, the request-completion
/// event and any failure included, so a consumer's support call ("trace id …") finds every line of its request.
/// It runs first, before the header is validated: a request refused for a bad header is the one most worth finding.
/// The value is the caller's, so it is logged only when it is a GUID (<see cref="SspDiagnostics.TraceIdOf"/>).
/// </summary>
public sealed class SspTraceIdLogContext(RequestDelegate next)
{
    /// <summary>The log event property, named in the console output template (appsettings.json, Program).</summary>
    public const string PropertyName = "SspTraceId";

    public async Task InvokeAsync(HttpContext context)
    {
        var traceId = SspDiagnostics.TraceIdOf(context.Request);
        if (traceId is null)
        {
            await next(context);
            return;
        }

        using (LogContext.PushProperty(PropertyName, traceId))
        {
            await next(context);
        }
    }
}
