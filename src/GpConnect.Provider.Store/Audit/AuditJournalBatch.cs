using GpConnect.Provider.Store.Entities;

namespace GpConnect.Provider.Store.Audit;

/// <summary>The entries <see cref="AuditJournal.ReadPending"/> found, and the file length they span.</summary>
public sealed record AuditJournalBatch(IReadOnlyList<AuditEntry> Entries, long Length);
