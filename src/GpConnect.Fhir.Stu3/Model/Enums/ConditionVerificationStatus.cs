using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("ConditionVerificationStatus", "http://hl7.org/fhir/ValueSet/condition-ver-status", "http://hl7.org/fhir/condition-ver-status")]
public enum ConditionVerificationStatus
{
    [EnumLiteral("provisional", "http://hl7.org/fhir/condition-ver-status")]
    [Description("Provisional")]
    Provisional,
    [EnumLiteral("differential", "http://hl7.org/fhir/condition-ver-status")]
    [Description("Differential")]
    Differential,
    [EnumLiteral("confirmed", "http://hl7.org/fhir/condition-ver-status")]
    [Description("Confirmed")]
    Confirmed,
    [EnumLiteral("refuted", "http://hl7.org/fhir/condition-ver-status")]
    [Description("Refuted")]
    Refuted,
    [EnumLiteral("entered-in-error", "http://hl7.org/fhir/condition-ver-status")]
    [Description("Entered In Error")]
    EnteredInError,
    [EnumLiteral("unknown", "http://hl7.org/fhir/condition-ver-status")]
    [Description("Unknown")]
    Unknown,
}
