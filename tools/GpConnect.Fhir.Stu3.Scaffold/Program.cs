using GpConnect.Fhir.Stu3.Scaffold;
using GpConnect.Fhir.Stu3.Scaffold.ProfileConstraints;

// Usage: dotnet run --project tools/GpConnect.Fhir.Stu3.Scaffold -- [--spec <specification.zip>] [--out <folder>] [--overwrite]
// Defaults: the first shared/fhir-stu3/specification.zip found walking up from the repository, and
// src/GpConnect.Fhir.Stu3/Model. Existing files are kept (they may have been edited by hand) unless --overwrite.
// To add a type: list it in ScaffoldPlan and run again; only the new files are written.
//
// Usage: dotnet run --project tools/GpConnect.Fhir.Stu3.Scaffold -- test-data [--spec <specification.zip>] [--examples <folder>] [--out <folder>]
// Rewrites the model tests' committed data (default tests/GpConnect.Fhir.Stu3.Tests/Data) from the archive and the
// first shared/examples found walking up from the repository (TestDataWriter).
//
// Usage: dotnet run --project tools/GpConnect.Fhir.Stu3.Scaffold -- profile-constraints [--spec <specification.zip>] [--profiles <folder>] [--out <file>]
// Writes the profile constraint data the provider tests check every response against (ProfileConstraintCommand).
var repoRoot = RepositoryLocator.FindRepositoryRoot(Directory.GetCurrentDirectory());
var specZip = OptionValue("--spec") ?? RepositoryLocator.FindShared(repoRoot, Path.Combine("fhir-stu3", "specification.zip"));
if (args.FirstOrDefault() == ProfileConstraintCommand.Name)
{
    return ProfileConstraintCommand.Run(repoRoot, specZip, OptionValue("--profiles"), OptionValue("--out"));
}

if (!File.Exists(specZip))
{
    Console.Error.WriteLine($"STU3 specification archive not found at {Path.GetFullPath(specZip)}");
    return 1;
}

if (args.FirstOrDefault() == "test-data")
{
    var examples = OptionValue("--examples") ?? RepositoryLocator.FindShared(repoRoot, "examples");
    if (!File.Exists(Path.Combine(examples, "README.md")))
    {
        Console.Error.WriteLine($"GP Connect examples catalogue (a folder with README.md) not found at {Path.GetFullPath(examples)}");
        return 1;
    }

    return TestDataWriter.Run(specZip, examples, OptionValue("--out") ?? Path.Combine(repoRoot, "tests", "GpConnect.Fhir.Stu3.Tests", "Data"));
}

var output = OptionValue("--out") ?? Path.Combine(repoRoot, "src", "GpConnect.Fhir.Stu3", "Model");
var overwrite = args.Contains("--overwrite");

var archive = SpecificationArchive.Load(specZip);
var baseModel = BaseModelCatalog.FromHl7FhirBase();
var valueSets = new ValueSetCatalog(archive.ValueSets, baseModel);
var reader = new StructureDefinitionReader(archive, baseModel, valueSets);

var types = reader.ReadWithDependencies(ScaffoldPlan.Resources.Concat(ScaffoldPlan.DataTypes));
var writer = new DeclarationWriter(output, overwrite);
foreach (var type in types)
{
    writer.WriteType(type);
}

foreach (var enumeration in valueSets.UsedEnums)
{
    writer.WriteEnum(enumeration);
}

Console.WriteLine($"{types.Count} types and {valueSets.UsedEnums.Count} enums: {writer.Written} files written, {writer.Kept} existing files kept, in {Path.GetFullPath(output)}");
foreach (var note in reader.Notes.Concat(valueSets.Notes).Distinct())
{
    Console.WriteLine("note: " + note);
}

return 0;

string? OptionValue(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
