namespace GpConnect.Provider.Foundations.Fhir;

/// <summary>
/// Media types of GP Connect 1.x. The 0.x (DSTU2) names and the plain JSON/XML types are still sent by some
/// consumers and by the assurance test pack, so they are accepted as aliases; we always answer with the 1.x names.
/// </summary>
public static class GpConnectMediaTypes
{
    public const string FhirJson = "application/fhir+json";
    public const string FhirXml = "application/fhir+xml";
    public const string FhirJsonUtf8 = FhirJson + ";charset=utf-8";
    public const string FhirXmlUtf8 = FhirXml + ";charset=utf-8";

    private static readonly Dictionary<string, FhirFormat> s_byName = new(StringComparer.OrdinalIgnoreCase)
    {
        [FhirJson] = FhirFormat.Json,
        ["application/json+fhir"] = FhirFormat.Json,
        ["application/json"] = FhirFormat.Json,
        ["text/json"] = FhirFormat.Json,
        ["json"] = FhirFormat.Json,
        [FhirXml] = FhirFormat.Xml,
        ["application/xml+fhir"] = FhirFormat.Xml,
        ["application/xml"] = FhirFormat.Xml,
        ["text/xml"] = FhirFormat.Xml,
        ["xml"] = FhirFormat.Xml,
    };

    /// <summary>The format a media type (parameters such as charset ignored) or <c>_format</c> value names, if any.</summary>
    public static FhirFormat? Parse(string value)
    {
        var semicolon = value.IndexOf(';', StringComparison.Ordinal);
        var name = (semicolon < 0 ? value : value[..semicolon]).Trim();
        return s_byName.TryGetValue(name, out var format) ? format : null;
    }

    public static string ContentTypeOf(FhirFormat format) => format == FhirFormat.Xml ? FhirXmlUtf8 : FhirJsonUtf8;
}
