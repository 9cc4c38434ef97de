using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GpConnect.Provider.Store.Pds;

/// <summary>
/// Where the local PDS dataset is read from: the file at <see cref="PdsOptions.DatasetPath"/> when one is configured
/// (relative paths against the content root), else the dataset built into this assembly (Seed/pds-dataset.csv), so a
/// fresh clone, a published build and the container image all seed the same people with no configuration.
/// </summary>
public sealed class PdsDatasetSource(IOptions<PdsOptions> options, IHostEnvironment? environment = null)
{
    internal const string BundledResourceName = "pds-dataset.csv";

    /// <summary>What the log names as the dataset read (or looked for).</summary>
    public string Describe() => ConfiguredPath() ?? $"{BundledResourceName} built into {typeof(PdsDatasetSource).Assembly.GetName().Name}";

    /// <summary>The dataset's lines, or null when the configured file does not exist.</summary>
    public async Task<IReadOnlyList<string>?> ReadLinesAsync(CancellationToken cancellationToken)
    {
        if (ConfiguredPath() is { } path)
        {
            return File.Exists(path) ? await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false) : null;
        }

        return await ReadBundledLinesAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static async Task<IReadOnlyList<string>> ReadBundledLinesAsync(CancellationToken cancellationToken)
    {
        await using var stream = typeof(PdsDatasetSource).Assembly.GetManifestResourceStream(BundledResourceName)
            ?? throw new InvalidOperationException($"The {BundledResourceName} resource is missing from the store assembly (see its .csproj).");
        using var reader = new StreamReader(stream);
        var text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        return text.Split('\n', StringSplitOptions.TrimEntries);
    }

    private string? ConfiguredPath()
    {
        var configured = options.Value.DatasetPath;
        if (string.IsNullOrWhiteSpace(configured))
        {
            return null;
        }

        return Path.GetFullPath(Path.IsPathRooted(configured) ? configured : Path.Combine(environment?.ContentRootPath ?? Directory.GetCurrentDirectory(), configured));
    }
}
