using Serilog.Core;
using Serilog.Events;

namespace GpConnect.Provider.Foundations.Logging;

/// <summary>
/// Keeps query strings out of the application log: a patient search carries the NHS number in its query
/// (<c>?identifier=https://fhir.nhs.uk/Id/nhs-number|…</c>), and ASP.NET Core's hosting diagnostics log the query of
/// every request when their level allows (security guidance: beware "audit logging of the GET parameters into an
/// unprotected audit log"). Registered as a service; Serilog applies it through <c>ReadFrom.Services</c>.
/// </summary>
public sealed class QueryStringRedactionEnricher : ILogEventEnricher
{
    private const string QueryStringProperty = "QueryString";
    private static readonly LogEventProperty s_redacted = new(QueryStringProperty, new ScalarValue("?[redacted]"));

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        if (logEvent.Properties.TryGetValue(QueryStringProperty, out var value) && value is ScalarValue { Value: string { Length: > 0 } })
        {
            logEvent.AddOrUpdateProperty(s_redacted);
        }
    }
}
