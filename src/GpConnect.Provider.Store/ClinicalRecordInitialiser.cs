using GpConnect.Provider.Store.Pds;
using GpConnect.Provider.Store.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GpConnect.Provider.Store;

/// <summary>
/// Brings the database up to date and seeds the reference practice and the GP Connect assurance test data.
/// The startup hosted service calls <see cref="InitialiseAsync"/>; tests may call the steps directly.
/// </summary>
public sealed partial class ClinicalRecordInitialiser(
    ClinicalRecordDbContext db,
    IOptions<StoreOptions> options,
    TimeProvider clock,
    PdsDatasetImport pdsImport,
    ILogger<ClinicalRecordInitialiser> logger)
{
    /// <summary>Applies pending migrations for the configured provider (never EnsureCreated).</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        LogMigrated(logger, db.GetType().Name);
    }

    /// <summary>
    /// Seeds idempotently: rows are found by natural key (ODS code, NHS number, identifier, schedule and start), so a
    /// second run adds nothing, and a run on a later day only tops up the rolling free slots. The local PDS dataset
    /// gets the test patients' PDS view and then the PDS dataset's people (<see cref="PdsDatasetImport"/>).
    /// </summary>
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var today = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var reference = await new ReferenceDataSeed(db).SeedAsync(cancellationToken).ConfigureAwait(false);
        var patients = await new TestPatientSeed(db, reference).SeedAsync(cancellationToken).ConfigureAwait(false);
        await new ClinicalContentSeed(db, reference, patients, today).SeedAsync(cancellationToken).ConfigureAwait(false);
        var added = await new SlotSeed(db, reference, today).SeedAsync(cancellationToken).ConfigureAwait(false);
        await new PdsDatasetSeed(db, patients).SeedAsync(cancellationToken).ConfigureAwait(false);
        await pdsImport.ImportAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        LogSeeded(logger, patients.Count, added);
    }

    /// <summary>Migrates and then seeds, each only when configured.</summary>
    public async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        if (options.Value.ApplyMigrationsOnStartup)
        {
            await MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        if (options.Value.SeedDemoData)
        {
            await SeedAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Clinical record migrated ({Context})")]
    private static partial void LogMigrated(ILogger logger, string context);

    [LoggerMessage(Level = LogLevel.Information, Message = "Clinical record seeded: {PatientCount} test patients present, {SlotsAdded} free slots added")]
    private static partial void LogSeeded(ILogger logger, int patientCount, int slotsAdded);
}
