namespace GpConnect.Provider.Store.Entities;

/// <summary>
/// An authorisation (intent plan) or an issue of it (intent order, <see cref="BasedOnPlan"/> set)
/// (CareConnect-GPC-MedicationRequest-1). Issues share the plan's medication and dosage.
/// </summary>
public class MedicationRequest : ClinicalItem
{
    public int MedicationStatementId { get; set; }

    public MedicationStatement MedicationStatement { get; set; } = null!;

    public MedicationRequestIntent Intent { get; set; }

    public int? BasedOnPlanId { get; set; }

    public MedicationRequest? BasedOnPlan { get; set; }

    /// <summary>The plan this one re-authorises or amends.</summary>
    public int? PriorPrescriptionId { get; set; }

    public MedicationRequest? PriorPrescription { get; set; }

    public int MedicationId { get; set; }

    public Medication Medication { get; set; } = null!;

    public MedicationStatus Status { get; set; }

    public DateTime AuthoredOn { get; set; }

    public string DosageText { get; set; } = "";

    public string? PatientInstruction { get; set; }

    public DateTime ValidityStart { get; set; }

    public DateTime? ValidityEnd { get; set; }

    public decimal? Quantity { get; set; }

    public string? QuantityText { get; set; }

    public int? ExpectedSupplyDays { get; set; }

    /// <summary>Plans only.</summary>
    public PrescriptionType? PrescriptionType { get; set; }

    public int? RepeatsAllowed { get; set; }

    public int? RepeatsIssued { get; set; }

    public DateTime? AuthorisationExpiryDate { get; set; }

    /// <summary>Plans only, when stopped (not on simple expiry).</summary>
    public DateTime? StatusChangeDate { get; set; }

    public string? StatusReason { get; set; }

    /// <summary>EPS prescription id (groupIdentifier).</summary>
    public string? PrescriptionOrderNumber { get; set; }

    public string? Note { get; set; }
}
