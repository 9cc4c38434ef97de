using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("MedicationStatus", "http://hl7.org/fhir/ValueSet/medication-status", "http://hl7.org/fhir/medication-status")]
public enum MedicationStatus
{
    [EnumLiteral("active", "http://hl7.org/fhir/medication-status")]
    [Description("Active")]
    Active,
    [EnumLiteral("inactive", "http://hl7.org/fhir/medication-status")]
    [Description("Inactive")]
    Inactive,
    [EnumLiteral("entered-in-error", "http://hl7.org/fhir/medication-status")]
    [Description("Entered in Error")]
    EnteredInError,
}
