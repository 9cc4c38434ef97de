namespace GpConnect.Fhir.Stu3.Scaffold;

internal static class RepositoryLocator
{
    /// <summary>Walks up to the folder holding GpConnect.Provider.sln, so the tool runs from any working directory.</summary>
    public static string FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GpConnect.Provider.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No GpConnect.Provider.sln above {start}");
    }

    /// <summary>The STU3 archive lives outside the repository (it is HL7 data we do not commit), in a shared folder above it.</summary>
    public static string FindSharedSpecification(string repoRoot) =>
        Path.Combine(FindSharedFolder(repoRoot, "fhir-stu3"), "specification.zip");

    /// <summary>The first shared/{name} folder found walking up from the repository (the published reference material).</summary>
    public static string FindSharedFolder(string repoRoot, string name)
    {
        for (var dir = new DirectoryInfo(repoRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", name);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.Combine(repoRoot, "..", "shared", name);
    }
}
