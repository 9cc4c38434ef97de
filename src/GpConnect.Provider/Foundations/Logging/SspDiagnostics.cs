using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Foundations.Jwt;
using Serilog;

namespace GpConnect.Provider.Foundations.Logging;

/// <summary>
/// Adds the GP Connect correlation fields to the one request-completion log event (style: "one enriched
/// request-completion event"): <c>InteractionId</c>, <c>SspFrom</c> and the requesting organisation's ODS code
/// (<c>SspTraceId</c> comes from <see cref="SspTraceIdLogContext"/>). Never the patient: NHS numbers belong in the
/// audit store, not the application log.
/// </summary>
/// <remarks>
/// A header is logged only when it has its expected shape (a GUID, a GP Connect interaction ID, digits of an ASID's
/// length); anything else is logged as <see cref="Malformed"/>. A malformed header is whatever the consumer sent, of
/// any size, with any characters, and may hold what the log must never hold (an NHS number put in the wrong header,
/// control characters that forge lines); the audit entry keeps it, as sent, for whoever needs it.
/// </remarks>
public static class SspDiagnostics
{
    public const string Malformed = "(malformed)";

    private const int AsidLength = 12;

    public static void Enrich(IDiagnosticContext diagnostics, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Request.Headers;
        var interactionId = headers[GpConnectHeaders.SspInteractionId].ToString();
        diagnostics.Set("InteractionId", GpConnectInteractions.Find(interactionId) is null ? Malformed : interactionId);
        var from = headers[GpConnectHeaders.SspFrom].ToString();
        diagnostics.Set("SspFrom", from.Length == AsidLength && from.All(char.IsAsciiDigit) ? from : Malformed);
        if (context.Features.Get<GpConnectCaller>()?.OrganisationOdsCode is { } ods)
        {
            diagnostics.Set("RequestingOrganisationOds", ods);
        }
    }

    /// <summary>The request's <c>Ssp-TraceID</c> as it may be logged: the GUID, <see cref="Malformed"/>, or null when absent.</summary>
    public static string? TraceIdOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var traceId = request.Headers[GpConnectHeaders.SspTraceId].ToString();
        return traceId.Length == 0 ? null : Guid.TryParse(traceId, out _) ? traceId : Malformed;
    }
}
