using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("MedicationRequestStatus", "http://hl7.org/fhir/ValueSet/medication-request-status", "http://hl7.org/fhir/medication-request-status")]
public enum MedicationRequestStatus
{
    [EnumLiteral("active", "http://hl7.org/fhir/medication-request-status")]
    [Description("Active")]
    Active,
    [EnumLiteral("on-hold", "http://hl7.org/fhir/medication-request-status")]
    [Description("On Hold")]
    OnHold,
    [EnumLiteral("cancelled", "http://hl7.org/fhir/medication-request-status")]
    [Description("Cancelled")]
    Cancelled,
    [EnumLiteral("completed", "http://hl7.org/fhir/medication-request-status")]
    [Description("Completed")]
    Completed,
    [EnumLiteral("entered-in-error", "http://hl7.org/fhir/medication-request-status")]
    [Description("Entered In Error")]
    EnteredInError,
    [EnumLiteral("stopped", "http://hl7.org/fhir/medication-request-status")]
    [Description("Stopped")]
    Stopped,
    [EnumLiteral("draft", "http://hl7.org/fhir/medication-request-status")]
    [Description("Draft")]
    Draft,
    [EnumLiteral("unknown", "http://hl7.org/fhir/medication-request-status")]
    [Description("Unknown")]
    Unknown,
}
