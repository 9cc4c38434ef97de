using System.IO.Compression;
using System.Xml.Linq;

namespace GpConnect.Fhir.Stu3.Scaffold;

/// <summary>The three bundles of the official STU3 (3.0.2) definitions the scaffolder needs.</summary>
internal sealed class SpecificationArchive
{
    public static readonly XNamespace Fhir = "http://hl7.org/fhir";

    private SpecificationArchive(XDocument resources, XDocument types, XDocument valueSets)
    {
        StructureDefinitions = resources.Descendants(Fhir + "StructureDefinition")
            .Concat(types.Descendants(Fhir + "StructureDefinition"))
            .GroupBy(sd => sd.Value("id")!)
            .ToDictionary(g => g.Key, g => g.First());
        ValueSets = valueSets;
    }

    public IReadOnlyDictionary<string, XElement> StructureDefinitions { get; }

    public XDocument ValueSets { get; }

    public static SpecificationArchive Load(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        return new SpecificationArchive(Read(zip, "profiles-resources.xml"), Read(zip, "profiles-types.xml"), Read(zip, "valuesets.xml"));
    }

    /// <summary>Reads one more XML bundle of the archive (e.g. v3-codesystems.xml), for the terminology the profiles bind to.</summary>
    public static XDocument ReadEntry(string zipPath, string name)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        return Read(zip, name);
    }

    private static XDocument Read(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new InvalidOperationException($"{name} missing from the specification archive");
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }
}

internal static class FhirXml
{
    /// <summary>The value attribute of the named FHIR child element, or null.</summary>
    public static string? Value(this XElement element, string child) =>
        element.Element(SpecificationArchive.Fhir + child)?.Attribute("value")?.Value;

    public static IEnumerable<XElement> Children(this XElement element, string child) =>
        element.Elements(SpecificationArchive.Fhir + child);

    public static string? ExtensionValue(this XElement element, string url) =>
        element.Children("extension").FirstOrDefault(e => e.Attribute("url")?.Value == url)
            ?.Elements().FirstOrDefault(e => e.Name.LocalName.StartsWith("value", StringComparison.Ordinal))
            ?.Attribute("value")?.Value;
}
