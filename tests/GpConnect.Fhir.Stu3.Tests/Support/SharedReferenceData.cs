using System.IO.Compression;

namespace GpConnect.Fhir.Stu3.Tests.Support;

/// <summary>
/// The reference material (published examples, the official STU3 archive) lives in a shared folder beside the
/// repository and is never committed: HL7 and NHS content stays where it came from. Found by walking up from the
/// test binaries until a folder has a shared/fhir-stu3 child.
/// </summary>
internal static class SharedReferenceData
{
    private static readonly Lazy<string> _root = new(Locate);

    public static string Root => _root.Value;

    public static string ExamplesFolder => Path.Combine(Root, "examples");

    public static string SpecificationZip => Path.Combine(Root, "fhir-stu3", "specification.zip");

    /// <summary>Reads one file out of the STU3 specification archive.</summary>
    public static byte[] ReadFromSpecification(string entryName)
    {
        using var zip = ZipFile.OpenRead(SpecificationZip);
        var entry = zip.GetEntry(entryName) ?? throw new InvalidOperationException($"{entryName} is not in {SpecificationZip}");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "fhir-stu3")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"No 'shared/fhir-stu3' folder found above {AppContext.BaseDirectory}. These tests need the GP Connect reference material " +
            "(shared/examples and shared/fhir-stu3/specification.zip) next to the repository, as ../shared.");
    }
}
