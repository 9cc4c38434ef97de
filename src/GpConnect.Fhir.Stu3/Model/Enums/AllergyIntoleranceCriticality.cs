using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("AllergyIntoleranceCriticality", "http://hl7.org/fhir/ValueSet/allergy-intolerance-criticality", "http://hl7.org/fhir/allergy-intolerance-criticality")]
public enum AllergyIntoleranceCriticality
{
    [EnumLiteral("low", "http://hl7.org/fhir/allergy-intolerance-criticality")]
    [Description("Low Risk")]
    Low,
    [EnumLiteral("high", "http://hl7.org/fhir/allergy-intolerance-criticality")]
    [Description("High Risk")]
    High,
    [EnumLiteral("unable-to-assess", "http://hl7.org/fhir/allergy-intolerance-criticality")]
    [Description("Unable to Assess Risk")]
    UnableToAssess,
}
