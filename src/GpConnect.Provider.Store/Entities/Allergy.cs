namespace GpConnect.Provider.Store.Entities;

/// <summary>
/// An allergy or intolerance (CareConnect-GPC-AllergyIntolerance-1). A resolved allergy carries its end date and
/// reason (AllergyIntoleranceEnd extension). A "No known allergy" assertion is stored as a row with
/// <see cref="IsNoKnownAllergyAssertion"/> set, so it never counts as an allergy.
/// </summary>
public class Allergy : ClinicalItem
{
    public AllergyClinicalStatus ClinicalStatus { get; set; }

    public AllergyCategory Category { get; set; }

    public AllergyType? Type { get; set; }

    public AllergyCriticality? Criticality { get; set; }

    public string Code { get; set; } = "";

    public string Display { get; set; } = "";

    public bool IsNoKnownAllergyAssertion { get; set; }

    public DateTime AssertedDate { get; set; }

    public DateTime? OnsetDate { get; set; }

    public DateTime? LastOccurrence { get; set; }

    public int? AsserterId { get; set; }

    public Practitioner? Asserter { get; set; }

    public string? ReactionManifestationCode { get; set; }

    public string? ReactionManifestationDisplay { get; set; }

    public ReactionSeverity? ReactionSeverity { get; set; }

    public DateTime? EndDate { get; set; }

    public string? EndReason { get; set; }

    public string? Note { get; set; }
}
