using System.Reflection;

namespace GpConnect.Fhir.Stu3.Tests.Support;

/// <summary>
/// The committed test data in this project's Data folder: the official STU3 schemas and the published GP Connect
/// examples, written by the scaffold tool from their published sources (Data/SOURCES.md names them). A missing file
/// fails the test that needs it with its path and the command that writes it again.
/// </summary>
internal static class TestData
{
    private static readonly string _root = typeof(TestData).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "TestDataFolder").Value!;

    public static string ExamplesFolder => Existing(Path.Combine(_root, "examples"), Directory.Exists);

    /// <summary>A schema of the official STU3 XML schema set (fhir-single.xsd and what it imports).</summary>
    public static string SchemaFile(string name) => Existing(Path.Combine(_root, "fhir-stu3", name), File.Exists);

    public static string ExampleFile(string relativePath) => Existing(Path.Combine(ExamplesFolder, relativePath), File.Exists);

    private static string Existing(string path, Func<string, bool> exists) =>
        exists(path)
            ? path
            : throw new FileNotFoundException(
                $"Test data missing: {Path.GetFullPath(path)}. Write it again from the repository root with " +
                "`dotnet run --project tools/GpConnect.Fhir.Stu3.Scaffold -- test-data` (Data/SOURCES.md says from what).",
                path);
}
