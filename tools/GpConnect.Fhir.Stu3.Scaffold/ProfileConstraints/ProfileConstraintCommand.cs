using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml.Linq;

namespace GpConnect.Fhir.Stu3.Scaffold.ProfileConstraints;

/// <summary>
/// <c>profile-constraints</c>: writes the data the provider tests check every response against
/// (tests/GpConnect.Provider.Tests/Profiles/profile-constraints.json) from the published GP Connect/CareConnect
/// profiles (<c>shared/profiles</c>) and the STU3 base definitions (<c>shared/fhir-stu3/specification.zip</c>).
/// The tests never read the shared folder: they read only this committed file.
/// </summary>
internal static class ProfileConstraintCommand
{
    public const string Name = "profile-constraints";

    private const string BaseDefinition = "http://hl7.org/fhir/StructureDefinition/";

    /// <summary>Base resources checked when a response carries no profile, beyond those we scaffold.</summary>
    private static readonly string[] _extraBaseResources = ["Bundle", "OperationOutcome", "Parameters", "Binary"];

    private static readonly string[] _sources =
    [
        "shared/profiles (GP Connect/CareConnect StructureDefinitions, ValueSets, CodeSystems as published; see its README)",
        "shared/fhir-stu3/specification.zip (FHIR STU3 3.0.2 base definitions and terminology)",
    ];

    private static readonly JsonSerializerOptions _json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Run(string repoRoot, string specZip, string? profilesFolder, string? output)
    {
        profilesFolder ??= RepositoryLocator.FindShared(repoRoot, "profiles");
        output ??= Path.Combine(repoRoot, "tests", "GpConnect.Provider.Tests", "Profiles", "profile-constraints.json");
        if (!File.Exists(specZip) || !Directory.Exists(profilesFolder))
        {
            Console.Error.WriteLine($"Needs {Path.GetFullPath(specZip)} and {Path.GetFullPath(profilesFolder)}");
            return 1;
        }

        var archive = SpecificationArchive.Load(specZip);
        var reader = new StructureConstraintReader();
        var structures = new List<StructureConstraints>();

        var published = Directory.GetFiles(Path.Combine(profilesFolder, "StructureDefinition"), "*.xml").Order(StringComparer.Ordinal).ToList();
        foreach (var file in published)
        {
            var sd = XDocument.Load(file).Root!;
            var source = $"shared/profiles/StructureDefinition/{Path.GetFileName(file)} ({sd.Value("version")})";
            if (sd.Element(SpecificationArchive.Fhir + "snapshot") is null)
            {
                reader.Notes.Add($"{sd.Value("url")} skipped: published without a snapshot");
                continue;
            }

            structures.Add(reader.Read(sd, source));
        }

        var baseIds = archive.StructureDefinitions.Values
            .Where(sd => sd.Value("kind") == "complex-type")
            .Select(sd => sd.Value("id")!)
            .Concat(ScaffoldPlan.Resources)
            .Concat(_extraBaseResources)
            .Concat(structures.Where(s => s.Kind == "resource").Select(s => s.Type))
            .Distinct()
            .Order(StringComparer.Ordinal);
        foreach (var id in baseIds)
        {
            var sd = archive.StructureDefinitions[id];
            structures.Add(reader.Read(sd, $"shared/fhir-stu3/specification.zip ({sd.Value("fhirVersion")})"));
        }

        var expander = new ValueSetExpander();
        expander.Add(Directory.GetFiles(Path.Combine(profilesFolder, "ValueSet"), "*.xml")
            .Concat(Directory.GetFiles(Path.Combine(profilesFolder, "CodeSystem"), "*.xml"))
            .Order(StringComparer.Ordinal)
            .Select(f => XDocument.Load(f).Root!));
        foreach (var bundle in new[] { archive.ValueSets, SpecificationArchive.ReadEntry(specZip, "v3-codesystems.xml"), SpecificationArchive.ReadEntry(specZip, "v2-tables.xml") })
        {
            expander.Add(bundle.Descendants(SpecificationArchive.Fhir + "resource").SelectMany(r => r.Elements()));
        }

        var valueSets = reader.RequiredValueSets.Order(StringComparer.Ordinal).Select(expander.Expand).ToList();

        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        File.WriteAllText(output, Write(structures, valueSets), new UTF8Encoding(false));

        Console.WriteLine($"{structures.Count} structures and {valueSets.Count} required value sets ({valueSets.Count(v => v.Codes is null)} not expandable) written to {Path.GetFullPath(output)}");
        foreach (var note in reader.Notes.Concat(valueSets.Where(v => v.NotExpanded is not null).Select(v => "not expanded: " + v.NotExpanded)))
        {
            Console.WriteLine("note: " + note);
        }

        return 0;
    }

    /// <summary>One structure header and one element per line, so a regenerated file diffs by element.</summary>
    private static string Write(List<StructureConstraints> structures, List<ValueSetConstraint> valueSets)
    {
        var text = new StringBuilder();
        text.Append("{\n\"generatedBy\": ").Append(JsonSerializer.Serialize($"dotnet run --project tools/GpConnect.Fhir.Stu3.Scaffold -- {Name}", _json));
        text.Append(",\n\"sources\": ").Append(JsonSerializer.Serialize(_sources, _json));
        text.Append(",\n\"structures\": [");
        for (var i = 0; i < structures.Count; i++)
        {
            var s = structures[i];
            text.Append(i == 0 ? "\n" : ",\n");
            text.Append("{\"url\": ").Append(JsonSerializer.Serialize(s.Url, _json))
                .Append(", \"type\": ").Append(JsonSerializer.Serialize(s.Type, _json))
                .Append(", \"kind\": ").Append(JsonSerializer.Serialize(s.Kind, _json))
                .Append(", \"source\": ").Append(JsonSerializer.Serialize(s.Source, _json));
            if (s.Context is not null)
            {
                text.Append(", \"contextType\": ").Append(JsonSerializer.Serialize(s.ContextType, _json))
                    .Append(", \"context\": ").Append(JsonSerializer.Serialize(s.Context, _json));
            }

            text.Append(", \"elements\": [\n  ")
                .AppendJoin(",\n  ", s.Elements.Select(e => JsonSerializer.Serialize(e, _json)))
                .Append("]}");
        }

        text.Append("],\n\"valueSets\": [\n")
            .AppendJoin(",\n", valueSets.Select(v => JsonSerializer.Serialize(v, _json)))
            .Append("]\n}\n");
        return text.ToString();
    }
}
