using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("ConsentExceptType", "http://hl7.org/fhir/ValueSet/consent-except-type", "http://hl7.org/fhir/consent-except-type")]
public enum ConsentExceptType
{
    [EnumLiteral("deny", "http://hl7.org/fhir/consent-except-type")]
    [Description("Opt Out")]
    Deny,
    [EnumLiteral("permit", "http://hl7.org/fhir/consent-except-type")]
    [Description("Opt In")]
    Permit,
}
