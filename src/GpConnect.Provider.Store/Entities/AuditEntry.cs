namespace GpConnect.Provider.Store.Entities;

/// <summary>
/// One audited GP Connect request, successful or not (Foundations, "Enablement and governance": audit all API
/// access with user identity and role, requesting organisation, time, patient and message id). The requesting
/// organisation and device are kept as the JWT sent them. <see cref="SequenceNumber"/> is gap-free and unique:
/// append entries through <see cref="Audit.AuditTrail"/>, never by setting it yourself.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }

    public long SequenceNumber { get; set; }

    /// <summary>Server time (UTC) the request was audited.</summary>
    public DateTime RecordedAt { get; set; }

    public string InteractionId { get; set; } = "";

    public string SspTraceId { get; set; } = "";

    public string? SspFrom { get; set; }

    public string? SspTo { get; set; }

    /// <summary>
    /// The ODS code in the service root the request addressed (its first path segment, as sent): whose audit trail
    /// the entry belongs to.
    /// </summary>
    public string? PracticeOdsCode { get; set; }

    public string? HttpMethod { get; set; }

    public string? RequestPath { get; set; }

    public string? RequestingUserSdsUserId { get; set; }

    public string? RequestingUserSdsRoleProfileId { get; set; }

    public string? RequestingUserName { get; set; }

    public string? RequestingUserRole { get; set; }

    public string? RequestingOrganisationOdsCode { get; set; }

    /// <summary>The JWT requesting_organization claim as received.</summary>
    public string? RequestingOrganisation { get; set; }

    /// <summary>The JWT requesting_device claim as received.</summary>
    public string? RequestingDevice { get; set; }

    public string? ReasonForRequest { get; set; }

    public string? RequestedScope { get; set; }

    public string? PatientNhsNumber { get; set; }

    public int OutcomeHttpStatus { get; set; }

    /// <summary>The Spine error code returned, or null on success.</summary>
    public string? OutcomeSpineCode { get; set; }
}
