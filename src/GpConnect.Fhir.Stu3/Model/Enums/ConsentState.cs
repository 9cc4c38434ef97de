using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("ConsentState", "http://hl7.org/fhir/ValueSet/consent-state-codes", "http://hl7.org/fhir/consent-state-codes")]
public enum ConsentState
{
    [EnumLiteral("draft", "http://hl7.org/fhir/consent-state-codes")]
    [Description("Pending")]
    Draft,
    [EnumLiteral("proposed", "http://hl7.org/fhir/consent-state-codes")]
    [Description("Proposed")]
    Proposed,
    [EnumLiteral("active", "http://hl7.org/fhir/consent-state-codes")]
    [Description("Active")]
    Active,
    [EnumLiteral("rejected", "http://hl7.org/fhir/consent-state-codes")]
    [Description("Rejected")]
    Rejected,
    [EnumLiteral("inactive", "http://hl7.org/fhir/consent-state-codes")]
    [Description("Inactive")]
    Inactive,
    [EnumLiteral("entered-in-error", "http://hl7.org/fhir/consent-state-codes")]
    [Description("Entered in Error")]
    EnteredInError,
}
