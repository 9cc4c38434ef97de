using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("EventStatus", "http://hl7.org/fhir/ValueSet/event-status", "http://hl7.org/fhir/event-status")]
public enum EventStatus
{
    [EnumLiteral("preparation", "http://hl7.org/fhir/event-status")]
    [Description("Preparation")]
    Preparation,
    [EnumLiteral("in-progress", "http://hl7.org/fhir/event-status")]
    [Description("In Progress")]
    InProgress,
    [EnumLiteral("suspended", "http://hl7.org/fhir/event-status")]
    [Description("Suspended")]
    Suspended,
    [EnumLiteral("aborted", "http://hl7.org/fhir/event-status")]
    [Description("Aborted")]
    Aborted,
    [EnumLiteral("completed", "http://hl7.org/fhir/event-status")]
    [Description("Completed")]
    Completed,
    [EnumLiteral("entered-in-error", "http://hl7.org/fhir/event-status")]
    [Description("Entered in Error")]
    EnteredInError,
    [EnumLiteral("unknown", "http://hl7.org/fhir/event-status")]
    [Description("Unknown")]
    Unknown,
}
