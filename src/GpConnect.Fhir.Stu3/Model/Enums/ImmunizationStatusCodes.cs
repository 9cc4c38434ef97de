using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("Immunization Status Codes", "http://hl7.org/fhir/ValueSet/immunization-status", "http://hl7.org/fhir/medication-admin-status")]
public enum ImmunizationStatusCodes
{
    [EnumLiteral("completed", "http://hl7.org/fhir/medication-admin-status")]
    [Description("Completed")]
    Completed,
    [EnumLiteral("entered-in-error", "http://hl7.org/fhir/medication-admin-status")]
    [Description("Entered in Error")]
    EnteredInError,
}
