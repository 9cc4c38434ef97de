using GpConnect.Fhir.Stu3.Scaffold;

// Usage: dotnet run --project tools/GpConnect.Fhir.Stu3.Scaffold [-- <specification.zip> <output folder>]
// Defaults: the first shared/fhir-stu3/specification.zip found walking up from the repository, and src/GpConnect.Fhir.Stu3/Model.
var repoRoot = RepositoryLocator.FindRepositoryRoot(Directory.GetCurrentDirectory());
var specZip = args.Length > 0 ? args[0] : RepositoryLocator.FindSharedSpecification(repoRoot);
var output = args.Length > 1 ? args[1] : Path.Combine(repoRoot, "src", "GpConnect.Fhir.Stu3", "Model");

if (!File.Exists(specZip))
{
    Console.Error.WriteLine($"STU3 specification archive not found at {Path.GetFullPath(specZip)}");
    return 1;
}

var archive = SpecificationArchive.Load(specZip);
var baseModel = BaseModelCatalog.FromHl7FhirBase();
var valueSets = new ValueSetCatalog(archive.ValueSets, baseModel);
var reader = new StructureDefinitionReader(archive, baseModel, valueSets);

var types = reader.ReadWithDependencies(ScaffoldPlan.Resources.Concat(ScaffoldPlan.DataTypes));
var writer = new DeclarationWriter(output);
foreach (var type in types)
{
    writer.WriteType(type);
}

foreach (var enumeration in valueSets.UsedEnums)
{
    writer.WriteEnum(enumeration);
}

Console.WriteLine($"Wrote {types.Count} types and {valueSets.UsedEnums.Count} enums to {Path.GetFullPath(output)}");
foreach (var note in reader.Notes.Concat(valueSets.Notes).Distinct())
{
    Console.WriteLine("note: " + note);
}

return 0;
