using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("CompositionAttestationMode", "http://hl7.org/fhir/ValueSet/composition-attestation-mode", "http://hl7.org/fhir/composition-attestation-mode")]
public enum CompositionAttestationMode
{
    [EnumLiteral("personal", "http://hl7.org/fhir/composition-attestation-mode")]
    [Description("Personal")]
    Personal,
    [EnumLiteral("professional", "http://hl7.org/fhir/composition-attestation-mode")]
    [Description("Professional")]
    Professional,
    [EnumLiteral("legal", "http://hl7.org/fhir/composition-attestation-mode")]
    [Description("Legal")]
    Legal,
    [EnumLiteral("official", "http://hl7.org/fhir/composition-attestation-mode")]
    [Description("Official")]
    Official,
}
