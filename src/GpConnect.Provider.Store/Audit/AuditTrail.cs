using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace GpConnect.Provider.Store.Audit;

/// <summary>
/// Appends audit entries with a gap-free sequence number and the server time. The next number is the highest plus
/// one. Appends in this process take turns; a writer in another process that took the same number fails on the
/// unique index and retries. Identity columns cannot give this: PostgreSQL sequences skip numbers on rollback.
/// </summary>
public sealed class AuditTrail(ClinicalRecordDbContext db, TimeProvider clock)
{
    private const int MaxAttempts = 10;

    private static readonly SemaphoreSlim Turn = new(1, 1);

    /// <summary>Saves <paramref name="entry"/> (and nothing else pending in the context) and returns its sequence number.</summary>
    public async Task<long> AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await Turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await AppendInTurnAsync(entry, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Turn.Release();
        }
    }

    private async Task<long> AppendInTurnAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        entry.RecordedAt = clock.GetUtcNow().UtcDateTime;
        for (var attempt = 1; ; attempt++)
        {
            var last = await db.AuditEntries.MaxAsync(e => (long?)e.SequenceNumber, cancellationToken).ConfigureAwait(false);
            entry.SequenceNumber = (last ?? 0) + 1;
            db.AuditEntries.Add(entry);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return entry.SequenceNumber;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                db.Entry(entry).State = EntityState.Detached;
                entry.Id = 0;
            }
        }
    }
}
