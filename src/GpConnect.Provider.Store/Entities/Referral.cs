namespace GpConnect.Provider.Store.Entities;

/// <summary>
/// An outbound referral (CareConnect-GPC-ReferralRequest-1; status always unknown, intent order). e-RS referrals
/// carry their UBRN. A priority that cannot be mapped is left null and its text goes in the note.
/// </summary>
public class Referral : ClinicalItem
{
    public string? Ubrn { get; set; }

    public ReferralPriority? Priority { get; set; }

    public DateTime AuthoredOn { get; set; }

    public int? RequesterId { get; set; }

    public Practitioner? Requester { get; set; }

    public string? RecipientOrganisationOdsCode { get; set; }

    public string? RecipientOrganisationName { get; set; }

    public string? RecipientServiceName { get; set; }

    public string? ReasonCode { get; set; }

    public string? ReasonDisplay { get; set; }

    public string? Specialty { get; set; }

    public string? Description { get; set; }

    public string? Note { get; set; }
}
