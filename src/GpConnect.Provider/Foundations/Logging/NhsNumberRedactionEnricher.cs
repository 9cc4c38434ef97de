using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace GpConnect.Provider.Foundations.Logging;

/// <summary>
/// Keeps NHS numbers that arrive in the URL path out of the application log: a consumer may put one there (a read
/// by NHS number instead of logical id, or a probe), and the request path reaches the log through the request
/// completion event, the hosting diagnostics and MVC's route values. Any ten-digit run standing on its own in a
/// text property, at any depth, becomes <c>[nhs-number]</c>, letters around it or not (a probe may wrap one in
/// anything), and so does any longer digit run, which may hide one; only <c>SspFrom</c>, the consumer's ASID
/// (twelve digits, logged only when well-formed: <see cref="SspDiagnostics"/>), is left as it is. Registered as a service; Serilog applies it through <c>ReadFrom.Services</c>.
/// </summary>
public sealed partial class NhsNumberRedactionEnricher : ILogEventEnricher
{
    private const string Redacted = "[nhs-number]";

    private const string AsidProperty = "SspFrom";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        List<LogEventProperty>? redacted = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (name != AsidProperty && Redact(value) is { } clean)
            {
                (redacted ??= []).Add(new LogEventProperty(name, clean));
            }
        }

        redacted?.ForEach(logEvent.AddOrUpdateProperty);
    }

    /// <summary>The value with NHS-number-like runs replaced, or null when it holds none (the common case allocates nothing).</summary>
    private static LogEventPropertyValue? Redact(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string text } when TenDigitsOrMore().IsMatch(text) => new ScalarValue(TenDigitsOrMore().Replace(text, Redacted)),
        // An object logged as itself (EF Core's {error}, an exception) is rendered with ToString: redact that text.
        ScalarValue { Value: { } logged } when logged is not string && !logged.GetType().IsValueType
            && logged.ToString() is { } rendered && TenDigitsOrMore().IsMatch(rendered) => new ScalarValue(TenDigitsOrMore().Replace(rendered, Redacted)),
        SequenceValue sequence when sequence.Elements.Any(element => Redact(element) is not null) =>
            new SequenceValue(sequence.Elements.Select(element => Redact(element) ?? element)),
        StructureValue structure when structure.Properties.Any(property => Redact(property.Value) is not null) =>
            new StructureValue(structure.Properties.Select(property => new LogEventProperty(property.Name, Redact(property.Value) ?? property.Value)), structure.TypeTag),
        DictionaryValue dictionary when dictionary.Elements.Any(element => Redact(element.Value) is not null) =>
            new DictionaryValue(dictionary.Elements.Select(element => new KeyValuePair<ScalarValue, LogEventPropertyValue>(element.Key, Redact(element.Value) ?? element.Value))),
        _ => null,
    };

    [GeneratedRegex("[0-9]{10,}", RegexOptions.CultureInvariant)]
    private static partial Regex TenDigitsOrMore();
}
