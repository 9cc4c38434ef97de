using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GpConnect.Provider.Store.Pds;

/// <summary>
/// Finds the PDS dataset file: the configured <see cref="PdsOptions.DatasetPath"/> (relative paths against the content
/// root), or else <see cref="PdsOptions.DefaultDatasetRelativePath"/> walking up from the content root and from the
/// application directory, so a checkout next to the shared reference material finds it with no configuration.
/// </summary>
public sealed class PdsDatasetLocator(IOptions<PdsOptions> options, IHostEnvironment? environment = null)
{
    /// <summary>The dataset's full path, or null when there is none.</summary>
    public string? Locate()
    {
        var configured = options.Value.DatasetPath;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var path = Path.IsPathRooted(configured) ? configured : Path.Combine(environment?.ContentRootPath ?? Directory.GetCurrentDirectory(), configured);
            return File.Exists(path) ? Path.GetFullPath(path) : null;
        }

        foreach (var start in StartDirectories())
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, PdsOptions.DefaultDatasetRelativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>What the log says was searched when nothing was found.</summary>
    public string Describe() =>
        string.IsNullOrWhiteSpace(options.Value.DatasetPath)
            ? $"{PdsOptions.DefaultDatasetRelativePath} above {string.Join(" or ", StartDirectories())}"
            : options.Value.DatasetPath;

    private IEnumerable<string> StartDirectories()
    {
        if (environment?.ContentRootPath is { Length: > 0 } contentRoot)
        {
            yield return contentRoot;
        }

        yield return AppContext.BaseDirectory;
    }
}
