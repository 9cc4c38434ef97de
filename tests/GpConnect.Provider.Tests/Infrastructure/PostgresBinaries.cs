namespace GpConnect.Provider.Tests.Infrastructure;

/// <summary>Finds a directory holding PostgreSQL's <c>initdb</c> and <c>pg_ctl</c> (Debian's <c>postgresql</c> package, or any install on PATH).</summary>
internal sealed class PostgresBinaries
{
    private const string DebianRoot = "/usr/lib/postgresql";

    private PostgresBinaries(string directory) => Directory = directory;

    public string Directory { get; }

    public string InitDb => Path.Combine(Directory, "initdb");

    public string PgCtl => Path.Combine(Directory, "pg_ctl");

    /// <summary>Returns null and says where it looked when no directory has both tools.</summary>
    public static async Task<(PostgresBinaries? Binaries, string SearchedPlaces)> FindAsync()
    {
        var searched = new List<string>();

        foreach (var candidate in DebianVersionDirectories())
        {
            searched.Add(candidate);
            if (HasTools(candidate))
            {
                return (new PostgresBinaries(candidate), string.Empty);
            }
        }

        if (FindOnPath("pg_config") is { } pgConfig)
        {
            var result = await ProcessRunner.RunAsync(pgConfig, ["--bindir"], TimeSpan.FromSeconds(10));
            var bindir = result.Output.Trim();
            searched.Add($"pg_config --bindir ({bindir})");
            if (result.Succeeded && HasTools(bindir))
            {
                return (new PostgresBinaries(bindir), string.Empty);
            }
        }
        else
        {
            searched.Add("pg_config (not on PATH)");
        }

        searched.Add("initdb on PATH");
        if (FindOnPath("initdb") is { } initDb)
        {
            // Debian links /usr/bin tools to a wrapper; the real pg_ctl sits next to the resolved initdb.
            var resolved = new FileInfo(initDb).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? initDb;
            var directory = Path.GetDirectoryName(resolved)!;
            if (HasTools(directory))
            {
                return (new PostgresBinaries(directory), string.Empty);
            }
        }

        return (null, string.Join(", ", searched));
    }

    private static IEnumerable<string> DebianVersionDirectories()
    {
        if (!System.IO.Directory.Exists(DebianRoot))
        {
            return [Path.Combine(DebianRoot, "*", "bin")];
        }

        // Newest major version first.
        return System.IO.Directory.GetDirectories(DebianRoot)
            .Select(path => (Path: path, Version: int.TryParse(Path.GetFileName(path), out var major) ? major : -1))
            .OrderByDescending(entry => entry.Version)
            .Select(entry => Path.Combine(entry.Path, "bin"));
    }

    private static bool HasTools(string directory) =>
        File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl"));

    private static string? FindOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, tool))
            .FirstOrDefault(File.Exists);
}
