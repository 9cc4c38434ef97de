namespace GpConnect.Provider.Store.Entities;

/// <summary>
/// A problem header (CareConnect-GPC-ProblemHeader-Condition-1). It links to other problems through
/// <see cref="ProblemRelationship"/> and to clinical items and consultations through <see cref="ProblemLinkedItem"/>.
/// </summary>
public class Problem : ClinicalItem
{
    public string Code { get; set; } = "";

    public string Display { get; set; } = "";

    public ProblemClinicalStatus ClinicalStatus { get; set; }

    public ProblemSignificance Significance { get; set; }

    public DateTime AssertedDate { get; set; }

    public DateTime? OnsetDate { get; set; }

    public DateTime? AbatementDate { get; set; }

    public int? AsserterId { get; set; }

    public Practitioner? Asserter { get; set; }

    public string? Note { get; set; }

    public ICollection<ProblemRelationship> Relationships { get; } = [];

    public ICollection<ProblemLinkedItem> LinkedItems { get; } = [];
}
