using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("EncounterStatus", "http://hl7.org/fhir/ValueSet/encounter-status", "http://hl7.org/fhir/encounter-status")]
public enum EncounterStatus
{
    [EnumLiteral("planned", "http://hl7.org/fhir/encounter-status")]
    [Description("Planned")]
    Planned,
    [EnumLiteral("arrived", "http://hl7.org/fhir/encounter-status")]
    [Description("Arrived")]
    Arrived,
    [EnumLiteral("triaged", "http://hl7.org/fhir/encounter-status")]
    [Description("Triaged")]
    Triaged,
    [EnumLiteral("in-progress", "http://hl7.org/fhir/encounter-status")]
    [Description("In Progress")]
    InProgress,
    [EnumLiteral("onleave", "http://hl7.org/fhir/encounter-status")]
    [Description("On Leave")]
    Onleave,
    [EnumLiteral("finished", "http://hl7.org/fhir/encounter-status")]
    [Description("Finished")]
    Finished,
    [EnumLiteral("cancelled", "http://hl7.org/fhir/encounter-status")]
    [Description("Cancelled")]
    Cancelled,
    [EnumLiteral("entered-in-error", "http://hl7.org/fhir/encounter-status")]
    [Description("Entered in Error")]
    EnteredInError,
    [EnumLiteral("unknown", "http://hl7.org/fhir/encounter-status")]
    [Description("Unknown")]
    Unknown,
}
