using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("AllergyIntoleranceClinicalStatus", "http://hl7.org/fhir/ValueSet/allergy-clinical-status", "http://hl7.org/fhir/allergy-clinical-status")]
public enum AllergyIntoleranceClinicalStatus
{
    [EnumLiteral("active", "http://hl7.org/fhir/allergy-clinical-status")]
    [Description("Active")]
    Active,
    [EnumLiteral("inactive", "http://hl7.org/fhir/allergy-clinical-status")]
    [Description("Inactive")]
    Inactive,
    [EnumLiteral("resolved", "http://hl7.org/fhir/allergy-clinical-status")]
    [Description("Resolved")]
    Resolved,
}
