using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace GpConnect.Fhir.Stu3.Scaffold;

/// <summary>
/// Writes the committed test data of GpConnect.Fhir.Stu3.Tests, so its tests read nothing outside the repository: the
/// official STU3 XML schema with every schema it imports, taken from the specification archive, and the published GP
/// Connect example payloads, both byte for byte, plus SOURCES.md naming where each file came from. The two folders it
/// writes are emptied first, so a source file that went away does not linger.
/// </summary>
internal static class TestDataWriter
{
    public const string Command = "dotnet run --project tools/GpConnect.Fhir.Stu3.Scaffold -- test-data";
    private const string RootSchema = "fhir-single.xsd";
    private static readonly XNamespace XmlSchema = "http://www.w3.org/2001/XMLSchema";

    public static int Run(string specZip, string examplesFolder, string output)
    {
        using var zip = ZipFile.OpenRead(specZip);
        var schemas = WriteSchemas(zip, Fresh(Path.Combine(output, "fhir-stu3")));
        var catalogue = ExampleCatalogue.Read(Path.Combine(examplesFolder, "README.md"));
        var examples = WriteExamples(examplesFolder, Fresh(Path.Combine(output, "examples")));

        var unlisted = examples.Where(e => catalogue.SourceOf(e) is null).ToList();
        File.WriteAllText(Path.Combine(output, "SOURCES.md"), Sources(specZip, schemas, examplesFolder, examples, catalogue));
        Console.WriteLine($"{schemas.Count} schemas and {examples.Count} examples written to {Path.GetFullPath(output)}");
        foreach (var file in unlisted)
        {
            Console.WriteLine($"note: examples/{file} has no source in {Path.Combine(examplesFolder, "README.md")}");
        }

        return 0;
    }

    /// <summary>The root schema and, transitively, what it imports or includes (fhir-xhtml.xsd, xml.xsd).</summary>
    private static List<string> WriteSchemas(ZipArchive zip, string folder)
    {
        var written = new List<string>();
        var pending = new Queue<string>([RootSchema]);
        while (pending.TryDequeue(out var name))
        {
            if (written.Contains(name))
            {
                continue;
            }

            var entry = zip.GetEntry(name) ?? throw new InvalidOperationException($"{name} is not in the specification archive");
            var target = Path.Combine(folder, name);
            entry.ExtractToFile(target);
            written.Add(name);
            foreach (var location in XDocument.Load(target).Root!.Elements()
                .Where(e => e.Name == XmlSchema + "import" || e.Name == XmlSchema + "include")
                .Select(e => e.Attribute("schemaLocation")?.Value)
                .OfType<string>())
            {
                pending.Enqueue(location);
            }
        }

        return written;
    }

    /// <summary>Every JSON and XML example, keeping the capability folders; the catalogue README itself is not test data.</summary>
    private static List<string> WriteExamples(string examplesFolder, string folder)
    {
        var written = Directory.EnumerateFiles(examplesFolder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(examplesFolder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var file in written)
        {
            var target = Path.Combine(folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(examplesFolder, file), target);
        }

        return written;
    }

    private static string Fresh(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string Sources(string specZip, List<string> schemas, string examplesFolder, List<string> examples, ExampleCatalogue catalogue)
    {
        var text = new StringBuilder();
        text.AppendLine("# Test data of GpConnect.Fhir.Stu3.Tests");
        text.AppendLine();
        text.AppendLine("Written by the scaffold tool; do not edit by hand. To regenerate, from the repository root:");
        text.AppendLine();
        text.AppendLine("```bash");
        text.AppendLine($"{Command} [--spec <specification.zip>] [--examples <examples folder>]");
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine("By default the tool reads `shared/fhir-stu3/specification.zip` and `shared/examples` from the first folder above the");
        text.AppendLine("repository that has them (the developers' reference material); the build and the tests read only this folder.");
        text.AppendLine($"The archive read had SHA-256 `{Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(specZip)))}`.");
        text.AppendLine();
        text.AppendLine("## fhir-stu3/");
        text.AppendLine();
        text.AppendLine("The official FHIR STU3 (3.0.2) XML schema, extracted unchanged from the STU3 definitions archive `specification.zip`");
        text.AppendLine("(the copy in FirelyTeam/firely-net-sdk, `src/Hl7.Fhir.Specification.Data.STU3/`): the root schema and the schemas it imports.");
        text.AppendLine();
        text.AppendLine("| File | Archive entry |");
        text.AppendLine("|---|---|");
        foreach (var schema in schemas)
        {
            text.AppendLine($"| `{schema}` | `specification.zip:{schema}` |");
        }

        text.AppendLine();
        text.AppendLine("## examples/");
        text.AppendLine();
        text.AppendLine("The published GP Connect example payloads, copied unchanged from the examples catalogue. The catalogue took them from");
        text.AppendLine("the repository, ref and path named for each file below; for files published as website includes it dropped the");
        text.AppendLine("Jekyll `{% highlight %}` and `{% endhighlight %}` wrapper lines and nothing else. Which of them are invalid STU3, and");
        text.AppendLine("why, is in `Support/ExampleCorpus.cs`.");
        text.AppendLine();
        text.AppendLine("| File | Published source (repository@ref:path) | Commit |");
        text.AppendLine("|---|---|---|");
        foreach (var example in examples)
        {
            var source = catalogue.SourceOf(example);
            text.AppendLine($"| `{example}` | {(source is { } s ? $"`{s.Source}`" : "not listed in the catalogue")} | {(source?.Commit is { } c ? $"`{c}`" : "not named")} |");
        }

        return text.ToString();
    }
}
