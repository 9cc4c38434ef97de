using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("MedicationStatementStatus", "http://hl7.org/fhir/ValueSet/medication-statement-status", "http://hl7.org/fhir/medication-statement-status")]
public enum MedicationStatementStatus
{
    [EnumLiteral("active", "http://hl7.org/fhir/medication-statement-status")]
    [Description("Active")]
    Active,
    [EnumLiteral("completed", "http://hl7.org/fhir/medication-statement-status")]
    [Description("Completed")]
    Completed,
    [EnumLiteral("entered-in-error", "http://hl7.org/fhir/medication-statement-status")]
    [Description("Entered in Error")]
    EnteredInError,
    [EnumLiteral("intended", "http://hl7.org/fhir/medication-statement-status")]
    [Description("Intended")]
    Intended,
    [EnumLiteral("stopped", "http://hl7.org/fhir/medication-statement-status")]
    [Description("Stopped")]
    Stopped,
    [EnumLiteral("on-hold", "http://hl7.org/fhir/medication-statement-status")]
    [Description("On Hold")]
    OnHold,
}
