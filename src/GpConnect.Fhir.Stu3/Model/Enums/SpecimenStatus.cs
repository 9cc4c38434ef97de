using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("SpecimenStatus", "http://hl7.org/fhir/ValueSet/specimen-status", "http://hl7.org/fhir/specimen-status")]
public enum SpecimenStatus
{
    [EnumLiteral("available", "http://hl7.org/fhir/specimen-status")]
    [Description("Available")]
    Available,
    [EnumLiteral("unavailable", "http://hl7.org/fhir/specimen-status")]
    [Description("Unavailable")]
    Unavailable,
    [EnumLiteral("unsatisfactory", "http://hl7.org/fhir/specimen-status")]
    [Description("Unsatisfactory")]
    Unsatisfactory,
    [EnumLiteral("entered-in-error", "http://hl7.org/fhir/specimen-status")]
    [Description("Entered-in-error")]
    EnteredInError,
}
