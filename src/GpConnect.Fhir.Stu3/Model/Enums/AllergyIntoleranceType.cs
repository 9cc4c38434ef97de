using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("AllergyIntoleranceType", "http://hl7.org/fhir/ValueSet/allergy-intolerance-type", "http://hl7.org/fhir/allergy-intolerance-type")]
public enum AllergyIntoleranceType
{
    [EnumLiteral("allergy", "http://hl7.org/fhir/allergy-intolerance-type")]
    [Description("Allergy")]
    Allergy,
    [EnumLiteral("intolerance", "http://hl7.org/fhir/allergy-intolerance-type")]
    [Description("Intolerance")]
    Intolerance,
}
