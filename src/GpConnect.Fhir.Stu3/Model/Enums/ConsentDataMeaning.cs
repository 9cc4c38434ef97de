using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("ConsentDataMeaning", "http://hl7.org/fhir/ValueSet/consent-data-meaning", "http://hl7.org/fhir/consent-data-meaning")]
public enum ConsentDataMeaning
{
    [EnumLiteral("instance", "http://hl7.org/fhir/consent-data-meaning")]
    [Description("Instance")]
    Instance,
    [EnumLiteral("related", "http://hl7.org/fhir/consent-data-meaning")]
    [Description("Related")]
    Related,
    [EnumLiteral("dependents", "http://hl7.org/fhir/consent-data-meaning")]
    [Description("Dependents")]
    Dependents,
    [EnumLiteral("authoredby", "http://hl7.org/fhir/consent-data-meaning")]
    [Description("AuthoredBy")]
    Authoredby,
}
