using System.Runtime.ExceptionServices;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace GpConnect.Fhir.Stu3.Tests.Support;

/// <summary>The official STU3 fhir-single.xsd (with the xhtml and xml schemas it imports), from the committed test data.</summary>
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
        var resolver = new SchemaFolderResolver();
        var set = new XmlSchemaSet { XmlResolver = resolver };
        using var reader = XmlReader.Create(File.OpenRead(TestData.SchemaFile("fhir-single.xsd")),
            new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = resolver }, "schemas:///fhir-single.xsd");
        try
        {
            set.Add(null, reader);
            set.Compile();
        }
        catch (XmlSchemaException e) when (resolver.Missing is { } missing)
        {
            throw new FileNotFoundException(missing.Message, missing.FileName, e);
        }

        if (resolver.Missing is { } unused)
        {
            ExceptionDispatchInfo.Throw(unused);
        }

        return set;
    }

    /// <summary>
    /// Resolves the schema's relative imports (fhir-xhtml.xsd, xml.xsd) from the same folder, through
    /// <see cref="TestData"/> so a missing one is named; nothing is ever fetched from the network.
    /// </summary>
    private sealed class SchemaFolderResolver : XmlResolver
    {
        /// <summary>
        /// XmlSchemaSet turns an import that fails to load into a warning and carries on without it (failing later, if at
        /// all, on what the import declared), so the failure is kept here to be reported as the cause.
        /// </summary>
        public FileNotFoundException? Missing { get; private set; }

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            try
            {
                return File.OpenRead(TestData.SchemaFile(Path.GetFileName(absoluteUri.AbsolutePath)));
            }
            catch (FileNotFoundException e)
            {
                Missing ??= e;
                throw;
            }
        }

        public override Uri ResolveUri(Uri? baseUri, string? relativeUri) =>
            new($"schemas:///{Path.GetFileName(relativeUri ?? string.Empty)}");
    }
}
