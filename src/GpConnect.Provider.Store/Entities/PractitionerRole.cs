namespace GpConnect.Provider.Store.Entities;

/// <summary>
/// What a practitioner does at an organisation: the SDS job role (CareConnect-SDSJobRoleName-1) and, when the
/// role is known to SDS, its role profile id (Practitioner.identifier slice sds-role-profile-id).
/// </summary>
public class PractitionerRole
{
    public int Id { get; set; }

    public int PractitionerId { get; set; }

    public Practitioner Practitioner { get; set; } = null!;

    public int OrganisationId { get; set; }

    public Organisation Organisation { get; set; } = null!;

    public string? SdsRoleProfileId { get; set; }

    /// <summary>SDS job role code, e.g. R0260 General Medical Practitioner.</summary>
    public string JobRoleCode { get; set; } = "";

    public string JobRoleDisplay { get; set; } = "";
}
