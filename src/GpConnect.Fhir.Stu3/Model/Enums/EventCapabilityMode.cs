using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("EventCapabilityMode", "http://hl7.org/fhir/ValueSet/event-capability-mode", "http://hl7.org/fhir/event-capability-mode")]
public enum EventCapabilityMode
{
    [EnumLiteral("sender", "http://hl7.org/fhir/event-capability-mode")]
    [Description("Sender")]
    Sender,
    [EnumLiteral("receiver", "http://hl7.org/fhir/event-capability-mode")]
    [Description("Receiver")]
    Receiver,
}
