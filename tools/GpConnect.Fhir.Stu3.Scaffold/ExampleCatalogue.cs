using System.Text.RegularExpressions;

namespace GpConnect.Fhir.Stu3.Scaffold;

/// <summary>
/// Where each published GP Connect example came from, read from the README.md of the examples folder: one table per
/// capability folder (heading <c>## folder/</c>) whose rows start <c>| `file` | `repo@ref:path` |</c>, and a table of
/// the commit each <c>repo @ ref</c> was taken at.
/// </summary>
internal sealed partial class ExampleCatalogue
{
    private readonly Dictionary<string, string> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _commits = new(StringComparer.Ordinal);

    public static ExampleCatalogue Read(string readmePath)
    {
        var catalogue = new ExampleCatalogue();
        string? folder = null;
        foreach (var line in File.ReadLines(readmePath))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                var heading = FolderHeading().Match(line);
                folder = heading.Success ? heading.Groups["folder"].Value : null;
            }
            else if (CommitRow().Match(line) is { Success: true } commit)
            {
                catalogue._commits[$"{commit.Groups["repo"].Value}@{commit.Groups["ref"].Value}"] = commit.Groups["commit"].Value;
            }
            else if (folder is not null && FileRow().Match(line) is { Success: true } file)
            {
                catalogue._sources[$"{folder}/{file.Groups["file"].Value}"] = file.Groups["source"].Value;
            }
        }

        return catalogue;
    }

    /// <summary>
    /// The <c>repo@ref:path</c> of a file relative to the examples folder, and the commit of that ref when the
    /// catalogue names it; null when the file is not listed.
    /// </summary>
    public (string Source, string? Commit)? SourceOf(string relativePath) =>
        _sources.TryGetValue(relativePath, out var source)
            ? (source, _commits.GetValueOrDefault(source.Split(':', 2)[0]))
            : null;

    [GeneratedRegex(@"^## (?<folder>[\w./-]+)/(\s|$)")]
    private static partial Regex FolderHeading();

    [GeneratedRegex(@"^\| `(?<file>[^`/]+)` \| `(?<source>[^`]+)` \|")]
    private static partial Regex FileRow();

    [GeneratedRegex(@"^\| \[(?<repo>[^\]]+)\]\([^)]*\) @ `(?<ref>[^`]+)`.*\| `(?<commit>[0-9a-f]{40})` \|$")]
    private static partial Regex CommitRow();
}
