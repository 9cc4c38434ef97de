using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("MedicationDispenseStatus", "http://hl7.org/fhir/ValueSet/medication-dispense-status", "http://hl7.org/fhir/medication-dispense-status")]
public enum MedicationDispenseStatus
{
    [EnumLiteral("preparation", "http://hl7.org/fhir/medication-dispense-status")]
    [Description("Preparation")]
    Preparation,
    [EnumLiteral("in-progress", "http://hl7.org/fhir/medication-dispense-status")]
    [Description("In Progress")]
    InProgress,
    [EnumLiteral("on-hold", "http://hl7.org/fhir/medication-dispense-status")]
    [Description("On Hold")]
    OnHold,
    [EnumLiteral("completed", "http://hl7.org/fhir/medication-dispense-status")]
    [Description("Completed")]
    Completed,
    [EnumLiteral("entered-in-error", "http://hl7.org/fhir/medication-dispense-status")]
    [Description("Entered in-Error")]
    EnteredInError,
    [EnumLiteral("stopped", "http://hl7.org/fhir/medication-dispense-status")]
    [Description("Stopped")]
    Stopped,
}
