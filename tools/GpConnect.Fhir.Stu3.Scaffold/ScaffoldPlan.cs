namespace GpConnect.Fhir.Stu3.Scaffold;

/// <summary>
/// The STU3 types GP Connect sends or receives (Foundations, Access Record, Appointments, Documents,
/// Send Document / Update Record messaging). Datatypes they use that Hl7.Fhir.Base lacks are added
/// automatically; the ones listed here are wanted even when no listed resource uses them.
/// </summary>
internal static class ScaffoldPlan
{
    public static readonly string[] Resources =
    [
        "Patient", "Practitioner", "PractitionerRole", "Organization", "Location", "HealthcareService",
        "Appointment", "Slot", "Schedule", "AllergyIntolerance", "Medication", "MedicationStatement",
        "MedicationRequest", "MedicationDispense", "List", "Condition", "Immunization", "Observation",
        "Encounter", "DiagnosticReport", "Specimen", "ProcedureRequest", "ReferralRequest", "DocumentReference",
        "Composition", "MessageHeader", "MessageDefinition", "CapabilityStatement", "Device", "Task",
        "Communication", "ClinicalImpression", "QuestionnaireResponse", "Flag", "Consent",
    ];

    public static readonly string[] DataTypes =
    [
        "Annotation", "Dosage", "Timing", "Age", "SampledData", "Count", "Distance", "Money", "SimpleQuantity",
    ];

    /// <summary>Profiles of Quantity whose STU3 type code stays "Quantity": they map onto Base's Quantity, never a subclass.</summary>
    public static readonly HashSet<string> QuantityConstraints = ["SimpleQuantity"];
}
