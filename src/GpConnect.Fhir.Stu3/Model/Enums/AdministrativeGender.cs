using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("AdministrativeGender", "http://hl7.org/fhir/ValueSet/administrative-gender", "http://hl7.org/fhir/administrative-gender")]
public enum AdministrativeGender
{
    [EnumLiteral("male", "http://hl7.org/fhir/administrative-gender")]
    [Description("Male")]
    Male,
    [EnumLiteral("female", "http://hl7.org/fhir/administrative-gender")]
    [Description("Female")]
    Female,
    [EnumLiteral("other", "http://hl7.org/fhir/administrative-gender")]
    [Description("Other")]
    Other,
    [EnumLiteral("unknown", "http://hl7.org/fhir/administrative-gender")]
    [Description("Unknown")]
    Unknown,
}
