using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using GpConnect.Provider.Tests.Foundations.Pipeline;

namespace GpConnect.Provider.Tests.Fuzz;

/// <summary>
/// Reads an error body as a consumer would: a GPConnect-OperationOutcome-1 in FHIR JSON or XML (whichever its media
/// type says) with a Spine error coding. Never throws: what is wrong with a body is the answer.
/// </summary>
internal static class OperationOutcomeReader
{
    private static readonly XNamespace s_fhir = "http://hl7.org/fhir";

    /// <summary>The Spine code of the OperationOutcome, or why the body is not one.</summary>
    public static (string? SpineCode, string? Problem) Read(string? mediaType, byte[] body)
    {
        try
        {
            return mediaType switch
            {
                "application/fhir+json" => ReadJson(body),
                "application/fhir+xml" => ReadXml(body),
                _ => (null, $"media type '{mediaType}' is not a FHIR format"),
            };
        }
        catch (Exception ex) when (ex is JsonException or XmlException or InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException)
        {
            return (null, $"unreadable: {ex.GetType().Name}");
        }
    }

    private static (string?, string?) ReadJson(byte[] body)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("resourceType", out var type) || type.GetString() != "OperationOutcome")
        {
            return (null, "not an OperationOutcome");
        }

        if (root.GetProperty("meta").GetProperty("profile")[0].GetString() != GpConnectResponses.OperationOutcomeProfile)
        {
            return (null, "not GPConnect-OperationOutcome-1");
        }

        var coding = root.GetProperty("issue")[0].GetProperty("details").GetProperty("coding")[0];
        return coding.GetProperty("system").GetString() == GpConnectResponses.SpineCodeSystem && coding.GetProperty("code").GetString() is { Length: > 0 } code
            ? (code, null)
            : (null, "no Spine error coding");
    }

    private static (string?, string?) ReadXml(byte[] body)
    {
        using var stream = new MemoryStream(body);
        var root = XDocument.Load(stream).Root!;
        if (root.Name != s_fhir + "OperationOutcome")
        {
            return (null, "not an OperationOutcome");
        }

        if (Value(root.Element(s_fhir + "meta")?.Element(s_fhir + "profile")) != GpConnectResponses.OperationOutcomeProfile)
        {
            return (null, "not GPConnect-OperationOutcome-1");
        }

        var coding = root.Element(s_fhir + "issue")?.Element(s_fhir + "details")?.Element(s_fhir + "coding");
        return Value(coding?.Element(s_fhir + "system")) == GpConnectResponses.SpineCodeSystem && Value(coding?.Element(s_fhir + "code")) is { Length: > 0 } code
            ? (code, null)
            : (null, "no Spine error coding");
    }

    private static string? Value(XElement? element) => element?.Attribute("value")?.Value;
}
