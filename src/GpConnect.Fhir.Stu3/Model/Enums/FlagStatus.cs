using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("FlagStatus", "http://hl7.org/fhir/ValueSet/flag-status", "http://hl7.org/fhir/flag-status")]
public enum FlagStatus
{
    [EnumLiteral("active", "http://hl7.org/fhir/flag-status")]
    [Description("Active")]
    Active,
    [EnumLiteral("inactive", "http://hl7.org/fhir/flag-status")]
    [Description("Inactive")]
    Inactive,
    [EnumLiteral("entered-in-error", "http://hl7.org/fhir/flag-status")]
    [Description("Entered in Error")]
    EnteredInError,
}
