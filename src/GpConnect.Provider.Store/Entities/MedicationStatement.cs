namespace GpConnect.Provider.Store.Entities;

/// <summary>
/// The summary of one authorisation (CareConnect-GPC-MedicationStatement-1); based on exactly one plan
/// (<see cref="MedicationRequest"/> with intent plan). Re-authorisation makes a new statement and plan.
/// </summary>
public class MedicationStatement : ClinicalItem
{
    public int MedicationId { get; set; }

    public Medication Medication { get; set; } = null!;

    public MedicationStatus Status { get; set; }

    public DateTime EffectiveStart { get; set; }

    public DateTime? EffectiveEnd { get; set; }

    public DateTime DateAsserted { get; set; }

    public string DosageText { get; set; } = "";

    public string? PatientInstruction { get; set; }

    public PrescribingAgency PrescribingAgency { get; set; }

    public DateTime? LastIssueDate { get; set; }

    public string? Note { get; set; }

    public ICollection<MedicationRequest> Requests { get; } = [];
}
