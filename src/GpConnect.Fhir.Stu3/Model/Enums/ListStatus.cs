using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("ListStatus", "http://hl7.org/fhir/ValueSet/list-status", "http://hl7.org/fhir/list-status")]
public enum ListStatus
{
    [EnumLiteral("current", "http://hl7.org/fhir/list-status")]
    [Description("Current")]
    Current,
    [EnumLiteral("retired", "http://hl7.org/fhir/list-status")]
    [Description("Retired")]
    Retired,
    [EnumLiteral("entered-in-error", "http://hl7.org/fhir/list-status")]
    [Description("Entered In Error")]
    EnteredInError,
}
