namespace GpConnect.Provider.Foundations.Audit.Admin;

/// <summary>One audit entry as a practice administrator reads it.</summary>
public sealed record AuditTrailView(
    long SequenceNumber,
    DateTimeOffset RecordedAt,
    string InteractionId,
    string SspTraceId,
    string? SspFrom,
    string? SspTo,
    string? HttpMethod,
    string? RequestPath,
    string? RequestingUserSdsUserId,
    string? RequestingUserSdsRoleProfileId,
    string? RequestingUserName,
    string? RequestingOrganisationOdsCode,
    string? RequestingOrganisation,
    string? RequestingDevice,
    string? ReasonForRequest,
    string? RequestedScope,
    string? PatientNhsNumber,
    int OutcomeHttpStatus,
    string? OutcomeSpineCode);
