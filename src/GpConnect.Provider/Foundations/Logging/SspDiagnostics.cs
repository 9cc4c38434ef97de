using GpConnect.Provider.Foundations.Jwt;
using Serilog;

namespace GpConnect.Provider.Foundations.Logging;

/// <summary>
/// Adds the GP Connect correlation fields to the one request-completion log event (style: "one enriched
/// request-completion event"): <c>SspTraceId</c>, <c>InteractionId</c>, <c>SspFrom</c> and the requesting
/// organisation's ODS code. Never the patient: NHS numbers belong in the audit store, not the application log.
/// </summary>
public static class SspDiagnostics
{
    public static void Enrich(IDiagnosticContext diagnostics, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Request.Headers;
        diagnostics.Set("SspTraceId", headers[GpConnectHeaders.SspTraceId].ToString());
        diagnostics.Set("InteractionId", headers[GpConnectHeaders.SspInteractionId].ToString());
        diagnostics.Set("SspFrom", headers[GpConnectHeaders.SspFrom].ToString());
        if (context.Features.Get<GpConnectCaller>()?.OrganisationOdsCode is { } ods)
        {
            diagnostics.Set("RequestingOrganisationOds", ods);
        }
    }
}
