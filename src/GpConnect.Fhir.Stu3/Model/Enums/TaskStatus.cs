using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("TaskStatus", "http://hl7.org/fhir/ValueSet/task-status", "http://hl7.org/fhir/task-status")]
public enum TaskStatus
{
    [EnumLiteral("draft", "http://hl7.org/fhir/task-status")]
    [Description("Draft")]
    Draft,
    [EnumLiteral("requested", "http://hl7.org/fhir/task-status")]
    [Description("Requested")]
    Requested,
    [EnumLiteral("received", "http://hl7.org/fhir/task-status")]
    [Description("Received")]
    Received,
    [EnumLiteral("accepted", "http://hl7.org/fhir/task-status")]
    [Description("Accepted")]
    Accepted,
    [EnumLiteral("rejected", "http://hl7.org/fhir/task-status")]
    [Description("Rejected")]
    Rejected,
    [EnumLiteral("ready", "http://hl7.org/fhir/task-status")]
    [Description("Ready")]
    Ready,
    [EnumLiteral("cancelled", "http://hl7.org/fhir/task-status")]
    [Description("Cancelled")]
    Cancelled,
    [EnumLiteral("in-progress", "http://hl7.org/fhir/task-status")]
    [Description("In Progress")]
    InProgress,
    [EnumLiteral("on-hold", "http://hl7.org/fhir/task-status")]
    [Description("On Hold")]
    OnHold,
    [EnumLiteral("failed", "http://hl7.org/fhir/task-status")]
    [Description("Failed")]
    Failed,
    [EnumLiteral("completed", "http://hl7.org/fhir/task-status")]
    [Description("Completed")]
    Completed,
    [EnumLiteral("entered-in-error", "http://hl7.org/fhir/task-status")]
    [Description("Entered in Error")]
    EnteredInError,
}
