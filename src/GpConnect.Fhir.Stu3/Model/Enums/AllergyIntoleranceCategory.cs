using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("AllergyIntoleranceCategory", "http://hl7.org/fhir/ValueSet/allergy-intolerance-category", "http://hl7.org/fhir/allergy-intolerance-category")]
public enum AllergyIntoleranceCategory
{
    [EnumLiteral("food", "http://hl7.org/fhir/allergy-intolerance-category")]
    [Description("Food")]
    Food,
    [EnumLiteral("medication", "http://hl7.org/fhir/allergy-intolerance-category")]
    [Description("Medication")]
    Medication,
    [EnumLiteral("environment", "http://hl7.org/fhir/allergy-intolerance-category")]
    [Description("Environment")]
    Environment,
    [EnumLiteral("biologic", "http://hl7.org/fhir/allergy-intolerance-category")]
    [Description("Biologic")]
    Biologic,
}
