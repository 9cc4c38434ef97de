namespace GpConnect.Provider.Foundations.Audit;

/// <summary>
/// The audit entry of the current GP Connect request, as capability services see it (scoped to the request). Every
/// request to a GP Connect root gets exactly one entry whatever a service does; services only add what the pipeline
/// cannot know: the patient, and for a write, the transaction the entry must share.
/// </summary>
public interface IRequestAudit
{
    /// <summary>
    /// The NHS number of the patient this request concerns (searched for, read, registered, booked for). Call it as
    /// soon as the number is known, before any check that may refuse the request, so a refusal is audited against the
    /// patient too. Ten digits; anything else is not recorded.
    /// </summary>
    void RecordPatient(string nhsNumber);

    /// <summary>
    /// For write interactions: saves every pending change of the request's <c>ClinicalRecordDbContext</c> together
    /// with this request's audit entry (outcome <paramref name="outcomeHttpStatus"/>) in one SaveChanges and one
    /// transaction, so a write is never stored without its audit entry nor audited without being stored. Use it
    /// instead of <c>SaveChangesAsync</c>, as the write's last step. If a transaction is already open on the context
    /// (READ COMMITTED, the default), the entry joins it and becomes durable with your commit; if that commit fails,
    /// throw as usual and the pipeline audits the failure instead.
    /// </summary>
    Task SaveChangesWithAuditAsync(int outcomeHttpStatus, CancellationToken cancellationToken);
}
