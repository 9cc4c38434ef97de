using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("RequestStatus", "http://hl7.org/fhir/ValueSet/request-status", "http://hl7.org/fhir/request-status")]
public enum RequestStatus
{
    [EnumLiteral("draft", "http://hl7.org/fhir/request-status")]
    [Description("Draft")]
    Draft,
    [EnumLiteral("active", "http://hl7.org/fhir/request-status")]
    [Description("Active")]
    Active,
    [EnumLiteral("suspended", "http://hl7.org/fhir/request-status")]
    [Description("Suspended")]
    Suspended,
    [EnumLiteral("cancelled", "http://hl7.org/fhir/request-status")]
    [Description("Cancelled")]
    Cancelled,
    [EnumLiteral("completed", "http://hl7.org/fhir/request-status")]
    [Description("Completed")]
    Completed,
    [EnumLiteral("entered-in-error", "http://hl7.org/fhir/request-status")]
    [Description("Entered in Error")]
    EnteredInError,
    [EnumLiteral("unknown", "http://hl7.org/fhir/request-status")]
    [Description("Unknown")]
    Unknown,
}
