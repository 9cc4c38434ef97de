using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("AllergyIntoleranceVerificationStatus", "http://hl7.org/fhir/ValueSet/allergy-verification-status", "http://hl7.org/fhir/allergy-verification-status")]
public enum AllergyIntoleranceVerificationStatus
{
    [EnumLiteral("unconfirmed", "http://hl7.org/fhir/allergy-verification-status")]
    [Description("Unconfirmed")]
    Unconfirmed,
    [EnumLiteral("confirmed", "http://hl7.org/fhir/allergy-verification-status")]
    [Description("Confirmed")]
    Confirmed,
    [EnumLiteral("refuted", "http://hl7.org/fhir/allergy-verification-status")]
    [Description("Refuted")]
    Refuted,
    [EnumLiteral("entered-in-error", "http://hl7.org/fhir/allergy-verification-status")]
    [Description("Entered In Error")]
    EnteredInError,
}
