using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("SlotStatus", "http://hl7.org/fhir/ValueSet/slotstatus", "http://hl7.org/fhir/slotstatus")]
public enum SlotStatus
{
    [EnumLiteral("busy", "http://hl7.org/fhir/slotstatus")]
    [Description("Busy")]
    Busy,
    [EnumLiteral("free", "http://hl7.org/fhir/slotstatus")]
    [Description("Free")]
    Free,
    [EnumLiteral("busy-unavailable", "http://hl7.org/fhir/slotstatus")]
    [Description("Busy (Unavailable)")]
    BusyUnavailable,
    [EnumLiteral("busy-tentative", "http://hl7.org/fhir/slotstatus")]
    [Description("Busy (Tentative)")]
    BusyTentative,
    [EnumLiteral("entered-in-error", "http://hl7.org/fhir/slotstatus")]
    [Description("Entered in error")]
    EnteredInError,
}
