using GpConnect.Provider.Store.Seed;
using Microsoft.Extensions.Logging;

namespace GpConnect.Provider.Store.Pds;

/// <summary>
/// Imports the people known to PDS from the dataset (<see cref="PdsDatasetSource"/>) into the local PDS dataset,
/// adding only NHS numbers it does not hold, so running it again changes nothing. A configured file that is missing is
/// a warning, not a failure: the dataset stays as it is and register patient answers from what it holds.
/// </summary>
public sealed partial class PdsDatasetImport(ClinicalRecordDbContext db, PdsDatasetSource source, ILogger<PdsDatasetImport> logger)
{
    /// <summary>Returns the number of records added.</summary>
    public async Task<int> ImportAsync(CancellationToken cancellationToken)
    {
        var name = source.Describe();
        var lines = await source.ReadLinesAsync(cancellationToken).ConfigureAwait(false);
        if (lines is null)
        {
            LogDatasetNotFound(logger, name);
            return 0;
        }

        var (records, skipped) = PdsDatasetCsv.Read(lines);
        var added = await PdsDatasetSeed.AddMissingAsync(db, records, cancellationToken).ConfigureAwait(false);
        LogImported(logger, name, added, records.Count, skipped);
        return added;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "PDS dataset {Path} not found; the local PDS dataset is left as it is")]
    private static partial void LogDatasetNotFound(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "PDS dataset {Path}: {Added} of {Read} records added, {Skipped} lines skipped")]
    private static partial void LogImported(ILogger logger, string path, int added, int read, int skipped);
}
