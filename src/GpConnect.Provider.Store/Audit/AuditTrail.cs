using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace GpConnect.Provider.Store.Audit;

/// <summary>
/// Appends audit entries with a gap-free, unique sequence number (audit and provenance guidance: "a sequence number,
/// against system-clock tampering") and the server time from the injected clock.
/// </summary>
/// <remarks>
/// How the number stays gap-free and unique on PostgreSQL, across threads and across provider instances: the number
/// is allocated inside the transaction that inserts the entry, after taking a transaction-scoped advisory lock
/// (<c>pg_advisory_xact_lock</c>) that every appender takes. The lock is held until that transaction commits or
/// rolls back, so appenders take turns: each reads MAX(sequence_number) (READ COMMITTED: a fresh snapshot, which
/// sees the previous holder's commit) and inserts MAX + 1. A rolled-back insert leaves no number behind (the next
/// appender reuses it), which a database sequence cannot promise. The unique index on the number stays as the last
/// line of defence. The embedded SQLite store has one writer at a time; appends in this process take turns.
/// </remarks>
public sealed class AuditTrail(TimeProvider clock)
{
    /// <summary>Any fixed 64-bit key works, as long as every appender uses the same one: "GPCAUDIT" in ASCII.</summary>
    private const long SequenceLockKey = 0x4750_4341_5544_4954;

    private static readonly SemaphoreSlim s_sqliteTurn = new(1, 1);

    /// <summary>
    /// Saves <paramref name="entry"/> and every other pending change of <paramref name="store"/> in one transaction
    /// (its own, or the one already open) and returns the entry's sequence number.
    /// </summary>
    public async Task<long> AppendAsync(ClinicalRecordDbContext store, AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(entry);
        entry.RecordedAt = clock.GetUtcNow().UtcDateTime;
        var onPostgres = store is PostgresClinicalRecordDbContext;
        if (!onPostgres)
        {
            await s_sqliteTurn.WaitAsync(cancellationToken);
        }

        try
        {
            var ownTransaction = store.Database.CurrentTransaction is null
                ? await store.Database.BeginTransactionAsync(cancellationToken)
                : null;
            await using (ownTransaction)
            {
                if (onPostgres)
                {
                    await store.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SequenceLockKey})", cancellationToken);
                }

                var last = await store.AuditEntries.MaxAsync(e => (long?)e.SequenceNumber, cancellationToken);
                entry.SequenceNumber = (last ?? 0) + 1;
                store.AuditEntries.Add(entry);
                await store.SaveChangesAsync(cancellationToken);
                if (ownTransaction is not null)
                {
                    await ownTransaction.CommitAsync(cancellationToken);
                }
            }

            return entry.SequenceNumber;
        }
        finally
        {
            if (!onPostgres)
            {
                s_sqliteTurn.Release();
            }
        }
    }
}
