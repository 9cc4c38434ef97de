using GpConnect.Provider.Foundations.Jwt;
using Serilog;

namespace GpConnect.Provider.Foundations.Logging;

/// <summary>
/// Adds the GP Connect correlation fields to the one request-completion log event (style: "one enriched
/// request-completion event"): <c>InteractionId</c>, <c>SspFrom</c> and the requesting organisation's ODS code
/// (<c>SspTraceId</c> comes from <see cref="SspTraceIdLogContext"/>). Header values are the caller's, so they are
/// logged as <see cref="LogSafeText"/> makes them. Never the patient: NHS numbers belong in the audit store, not the
/// application log.
/// </summary>
public static class SspDiagnostics
{
    public static void Enrich(IDiagnosticContext diagnostics, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Request.Headers;
        SetIfPresent(diagnostics, "InteractionId", LogSafeText.Of(headers[GpConnectHeaders.SspInteractionId].ToString()));
        SetIfPresent(diagnostics, "SspFrom", LogSafeText.Of(headers[GpConnectHeaders.SspFrom].ToString()));
        SetIfPresent(diagnostics, "RequestingOrganisationOds", context.Features.Get<GpConnectCaller>()?.OrganisationOdsCode);
    }

    private static void SetIfPresent(IDiagnosticContext diagnostics, string property, string? value)
    {
        if (value is not null)
        {
            diagnostics.Set(property, value);
        }
    }
}
