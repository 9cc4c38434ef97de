using GpConnect.Provider.Store.Seed;
using Microsoft.Extensions.Logging;

namespace GpConnect.Provider.Store.Pds;

/// <summary>
/// Imports the people known to PDS from the dataset file (<see cref="PdsDatasetLocator"/>) into the local PDS
/// dataset, adding only NHS numbers it does not hold, so running it again changes nothing. A missing file is a
/// warning, not a failure: the dataset stays as it is and register patient answers from what it holds.
/// </summary>
public sealed partial class PdsDatasetImport(ClinicalRecordDbContext db, PdsDatasetLocator locator, ILogger<PdsDatasetImport> logger)
{
    /// <summary>Returns the number of records added.</summary>
    public async Task<int> ImportAsync(CancellationToken cancellationToken)
    {
        var path = locator.Locate();
        if (path is null)
        {
            LogDatasetNotFound(logger, locator.Describe());
            return 0;
        }

        var lines = await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false);
        var (records, skipped) = PdsDatasetCsv.Read(lines);
        var added = await PdsDatasetSeed.AddMissingAsync(db, records, cancellationToken).ConfigureAwait(false);
        LogImported(logger, path, added, records.Count, skipped);
        return added;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "PDS dataset not found ({Searched}); the local PDS dataset is left as it is")]
    private static partial void LogDatasetNotFound(ILogger logger, string searched);

    [LoggerMessage(Level = LogLevel.Information, Message = "PDS dataset {Path}: {Added} of {Read} records added, {Skipped} lines skipped")]
    private static partial void LogImported(ILogger logger, string path, int added, int read, int skipped);
}
