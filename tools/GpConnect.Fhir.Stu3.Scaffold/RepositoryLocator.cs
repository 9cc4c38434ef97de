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

    /// <summary>
    /// The published sources this tool reads (the STU3 archive, the GP Connect examples) are the developers' reference
    /// material in a shared folder above the repository; only what the tool derives from them is committed.
    /// </summary>
    public static string FindShared(string repoRoot, string relativePath)
    {
        for (var dir = new DirectoryInfo(repoRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", relativePath);
            if (Path.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.Combine(repoRoot, "..", "shared", relativePath);
    }
}
