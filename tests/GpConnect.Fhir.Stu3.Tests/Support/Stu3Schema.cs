using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace GpConnect.Fhir.Stu3.Tests.Support;

/// <summary>The official STU3 fhir-single.xsd (with the xhtml and xml schemas it imports), read from the archive.</summary>
internal static class Stu3Schema
{
    private static readonly Lazy<XmlSchemaSet> _schemas = new(Load);

    /// <summary>Every schema error in the document, as text; empty when it is valid STU3 XML.</summary>
    public static IReadOnlyList<string> Validate(string xml)
    {
        var errors = new List<string>();
        var document = XDocument.Parse(xml, LoadOptions.SetLineInfo);
        document.Validate(_schemas.Value, (_, e) => errors.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}"));
        return errors;
    }

    private static XmlSchemaSet Load()
    {
        var set = new XmlSchemaSet { XmlResolver = new ArchiveResolver() };
        using var reader = XmlReader.Create(new MemoryStream(SharedReferenceData.ReadFromSpecification("fhir-single.xsd")),
            new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = new ArchiveResolver() }, "archive:///fhir-single.xsd");
        set.Add(null, reader);
        set.Compile();
        return set;
    }

    /// <summary>Resolves the schema's relative imports (fhir-xhtml.xsd, xml.xsd) from the same archive.</summary>
    private sealed class ArchiveResolver : XmlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn) =>
            new MemoryStream(SharedReferenceData.ReadFromSpecification(Path.GetFileName(absoluteUri.AbsolutePath)));

        public override Uri ResolveUri(Uri? baseUri, string? relativeUri) =>
            new($"archive:///{Path.GetFileName(relativeUri ?? string.Empty)}");
    }
}
