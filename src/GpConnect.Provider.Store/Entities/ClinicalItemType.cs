namespace GpConnect.Provider.Store.Entities;

/// <summary>The kind of clinical item a problem, consultation section or document links to by its identifier.</summary>
public enum ClinicalItemType
{
    Allergy,
    MedicationStatement,
    MedicationRequest,
    Immunisation,
    Observation,
    DiagnosticReport,
    Referral,
    DiaryEntry,
    Document,
    Problem,
}
