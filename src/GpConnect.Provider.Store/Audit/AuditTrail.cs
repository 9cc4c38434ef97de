using System.Threading.Channels;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
/// <para>
/// Taking turns per entry would cap the whole provider at one audit transaction at a time, so entries that need no
/// transaction of their own (<see cref="AppendAsync(AuditEntry)"/>: every read) are group-committed: one writer
/// takes whatever entries are waiting, numbers them consecutively and commits them in one transaction, and each
/// caller resumes only once its entry is committed. Nothing is disclosed before its entry is durable.
/// </para>
/// </remarks>
public sealed class AuditTrail : IAsyncDisposable
{
    /// <summary>Any fixed 64-bit key works, as long as every appender uses the same one: "GPCAUDIT" in ASCII.</summary>
    private const long SequenceLockKey = 0x4750_4341_5544_4954;

    /// <summary>Bounds one transaction's size; under load the next batch is already waiting.</summary>
    private const int MaxGroupSize = 512;

    private static readonly SemaphoreSlim s_sqliteTurn = new(1, 1);

    private readonly TimeProvider _clock;
    private readonly Channel<PendingEntry> _waiting = Channel.CreateUnbounded<PendingEntry>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lazy<Task> _groupWriter;

    public AuditTrail(TimeProvider clock, IServiceScopeFactory scopes)
    {
        _clock = clock;
        _groupWriter = new(() => Task.Run(() => WriteGroupsAsync(_waiting.Reader, scopes)));
    }

    /// <summary>
    /// Saves <paramref name="entry"/> and every other pending change of <paramref name="store"/> in one transaction
    /// (its own, or the one already open) and returns the entry's sequence number. For write interactions, whose
    /// entry must commit or roll back with the write.
    /// </summary>
    public async Task<long> AppendAsync(ClinicalRecordDbContext store, AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        entry.RecordedAt = _clock.GetUtcNow().UtcDateTime;
        await AppendGroupAsync(store, [entry], cancellationToken);
        return entry.SequenceNumber;
    }

    /// <summary>
    /// Saves <paramref name="entry"/> on its own, group-committed with any other waiting entries, and returns its
    /// sequence number once it is committed.
    /// </summary>
    public Task<long> AppendAsync(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        entry.RecordedAt = _clock.GetUtcNow().UtcDateTime;
        var pending = new PendingEntry(entry);
        ObjectDisposedException.ThrowIf(!_waiting.Writer.TryWrite(pending), this);

        _ = _groupWriter.Value;
        return pending.Committed.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _waiting.Writer.TryComplete();
        if (_groupWriter.IsValueCreated)
        {
            await _groupWriter.Value;
        }
    }

    private static async Task WriteGroupsAsync(ChannelReader<PendingEntry> waiting, IServiceScopeFactory scopes)
    {
        var group = new List<PendingEntry>(MaxGroupSize);
        while (await waiting.WaitToReadAsync())
        {
            group.Clear();
            while (group.Count < MaxGroupSize && waiting.TryRead(out var pending))
            {
                group.Add(pending);
            }

            if (!await TryCommitAsync(group, scopes) && group.Count > 1)
            {
                // One entry the store refuses must not cost the others their audit: retry them one by one.
                foreach (var pending in group)
                {
                    await TryCommitAsync([pending], scopes);
                }
            }
        }
    }

    private static async Task<bool> TryCommitAsync(IReadOnlyList<PendingEntry> group, IServiceScopeFactory scopes)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<ClinicalRecordDbContext>();
            await AppendGroupAsync(store, [.. group.Select(pending => pending.Entry)], CancellationToken.None, bulk: true);
            foreach (var pending in group)
            {
                pending.Committed.TrySetResult(pending.Entry.SequenceNumber);
            }

            return true;
        }
        catch (Exception ex) when (group.Count == 1)
        {
            // The store is down or refused this entry: its caller learns it was not written.
            group[0].Committed.TrySetException(ex);
            return false;
        }
        catch (Exception)
        {
            foreach (var pending in group)
            {
                pending.Entry.SequenceNumber = 0;
            }

            return false;
        }
    }

    // bulk: written with COPY where the store is PostgreSQL, which is faster but does not read the generated keys
    // back, so only for entries no caller looks up again by key (the group-committed reads).
    private static async Task AppendGroupAsync(ClinicalRecordDbContext store, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken, bool bulk = false)
    {
        var postgres = store as PostgresClinicalRecordDbContext;
        var onPostgres = postgres is not null;
        if (!onPostgres)
        {
            await s_sqliteTurn.WaitAsync(cancellationToken);
        }

        try
        {
            var ownTransaction = store.Database.CurrentTransaction is null
                ? await store.Database.BeginTransactionAsync(cancellationToken)
                : null;

            // A failure rolls our own transaction back whole, so EF's savepoint around SaveChanges would only cost
            // two more round trips per group.
            store.Database.AutoSavepointsEnabled = ownTransaction is null;
            await using (ownTransaction)
            {
                if (onPostgres)
                {
                    await store.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SequenceLockKey})", cancellationToken);
                }

                var last = await store.AuditEntries.MaxAsync(e => (long?)e.SequenceNumber, cancellationToken) ?? 0;
                foreach (var entry in entries)
                {
                    entry.SequenceNumber = ++last;
                }

                if (bulk && postgres is not null)
                {
                    await PostgresAuditCopy.WriteAsync(postgres, entries, cancellationToken);
                }
                else
                {
                    store.AuditEntries.AddRange(entries);
                    await store.SaveChangesAsync(cancellationToken);
                }

                if (ownTransaction is not null)
                {
                    await ownTransaction.CommitAsync(cancellationToken);
                }
            }
        }
        finally
        {
            if (!onPostgres)
            {
                s_sqliteTurn.Release();
            }
        }
    }

    private sealed record PendingEntry(AuditEntry Entry)
    {
        public TaskCompletionSource<long> Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
