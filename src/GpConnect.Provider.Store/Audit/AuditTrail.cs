using System.Threading.Channels;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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
/// <para>
/// A refusal answered while the store is down is kept in the local <see cref="AuditJournal"/>
/// (<see cref="AppendOrJournalAsync"/>) and committed by the same writer once the store answers: before the next
/// group, and retried every <see cref="JournalRetryInterval"/> meanwhile, so the journaled entries take the next
/// numbers, in the order they were journaled (docs/decisions/0011).
/// </para>
/// </remarks>
public sealed partial class AuditTrail : IAsyncDisposable
{
    /// <summary>Any fixed 64-bit key works, as long as every appender uses the same one: "GPCAUDIT" in ASCII.</summary>
    private const long SequenceLockKey = 0x4750_4341_5544_4954;

    /// <summary>Bounds one transaction's size; under load the next batch is already waiting.</summary>
    private const int MaxGroupSize = 512;

    /// <summary>How often the journal is offered to the store while no new entry arrives; real time, not the injected clock.</summary>
    public static readonly TimeSpan JournalRetryInterval = TimeSpan.FromSeconds(1);

    private static readonly SemaphoreSlim s_sqliteTurn = new(1, 1);

    private readonly TimeProvider _clock;
    private readonly AuditJournal _journal;
    private readonly ILogger<AuditTrail> _logger;
    private readonly Channel<PendingEntry> _waiting = Channel.CreateUnbounded<PendingEntry>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lazy<Task> _groupWriter;

    public AuditTrail(TimeProvider clock, IServiceScopeFactory scopes, AuditJournal journal, ILogger<AuditTrail> logger)
    {
        _clock = clock;
        _journal = journal;
        _logger = logger;
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

    /// <summary>
    /// For an entry whose response discloses nothing (a refusal): committed as <see cref="AppendAsync(AuditEntry)"/>
    /// does when the store takes it, otherwise written to the journal and committed once the store answers again.
    /// Completes when the entry is durable in one or the other; true when it is already in the store. Throws only
    /// when neither could take it.
    /// </summary>
    public async Task<bool> AppendOrJournalAsync(AuditEntry entry)
    {
        try
        {
            await AppendAsync(entry);
            return true;
        }
        catch (Exception ex) when (ex is not ObjectDisposedException)
        {
            entry.SequenceNumber = 0;
            _journal.Append(entry);
            LogJournaled(_logger, entry.OutcomeHttpStatus);
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _waiting.Writer.TryComplete();
        if (_groupWriter.IsValueCreated)
        {
            await _groupWriter.Value;
        }
    }

    private async Task WriteGroupsAsync(ChannelReader<PendingEntry> waiting, IServiceScopeFactory scopes)
    {
        var group = new List<PendingEntry>(MaxGroupSize);
        while (await WaitForEntriesAsync(waiting, scopes))
        {
            // Journaled entries first, so they are numbered before anything answered after the store came back.
            await TryFlushJournalAsync(scopes);
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

    /// <summary>Waits for entries to commit; while the journal holds some, offers it to the store every <see cref="JournalRetryInterval"/> meanwhile.</summary>
    private async Task<bool> WaitForEntriesAsync(ChannelReader<PendingEntry> waiting, IServiceScopeFactory scopes)
    {
        while (_journal.HasPending)
        {
            using var retry = new CancellationTokenSource(JournalRetryInterval);
            try
            {
                return await waiting.WaitToReadAsync(retry.Token);
            }
            catch (OperationCanceledException) when (retry.IsCancellationRequested)
            {
                await TryFlushJournalAsync(scopes);
            }
        }

        return await waiting.WaitToReadAsync();
    }

    /// <summary>
    /// Moves the journal into the store in one transaction and then empties it. Entries already in the store (the
    /// process stopped between the commit and the removal) are not written twice: an entry is recognised by its
    /// trace id, time, interaction and outcome.
    /// </summary>
    private async Task TryFlushJournalAsync(IServiceScopeFactory scopes)
    {
        if (!_journal.HasPending)
        {
            return;
        }

        AuditJournalBatch? batch = null;
        try
        {
            batch = _journal.ReadPending();
            if (batch.Entries.Count > 0)
            {
                await using var scope = scopes.CreateAsyncScope();
                var store = scope.ServiceProvider.GetRequiredService<ClinicalRecordDbContext>();
                var unstored = await WithoutStoredAsync(store, batch.Entries);
                if (unstored.Count > 0)
                {
                    await AppendGroupAsync(store, unstored, CancellationToken.None, bulk: true);
                }

                LogJournalFlushed(_logger, unstored.Count);
            }

            _journal.Remove(batch);
        }
        catch (Exception ex)
        {
            // Still down, or refusing (or the file could not be read): the journal keeps everything and is offered again.
            LogJournalKept(_logger, ex, batch?.Entries.Count ?? 0);
        }
    }

    private static async Task<List<AuditEntry>> WithoutStoredAsync(ClinicalRecordDbContext store, IReadOnlyList<AuditEntry> entries)
    {
        // A microsecond either side: PostgreSQL keeps microseconds, .NET ticks are a tenth of one.
        var from = entries.Min(e => e.RecordedAt).AddTicks(-10);
        var to = entries.Max(e => e.RecordedAt).AddTicks(10);
        var stored = await store.AuditEntries.AsNoTracking()
            .Where(e => e.RecordedAt >= from && e.RecordedAt <= to)
            .Select(e => new { e.SspTraceId, e.RecordedAt, e.InteractionId, e.OutcomeHttpStatus })
            .ToListAsync();
        var keys = stored.Select(e => (e.SspTraceId, e.RecordedAt.Ticks / 10, e.InteractionId, e.OutcomeHttpStatus)).ToHashSet();
        return [.. entries.Where(e => !keys.Contains((e.SspTraceId, e.RecordedAt.Ticks / 10, e.InteractionId, e.OutcomeHttpStatus)))];
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

    // Information, without the exception: the outage is already reported once, by the warning of the 503 it caused.
    [LoggerMessage(Level = LogLevel.Information, Message = "The store did not take the audit entry of a refusal ({StatusCode}); it is kept in the audit journal until the store answers")]
    private static partial void LogJournaled(ILogger logger, int statusCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} journaled audit entries moved into the store")]
    private static partial void LogJournalFlushed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The audit journal ({Count} entries) could not be moved into the store yet")]
    private static partial void LogJournalKept(ILogger logger, Exception exception, int count);

    private sealed record PendingEntry(AuditEntry Entry)
    {
        public TaskCompletionSource<long> Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
