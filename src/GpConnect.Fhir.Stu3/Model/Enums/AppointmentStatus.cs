using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("AppointmentStatus", "http://hl7.org/fhir/ValueSet/appointmentstatus", "http://hl7.org/fhir/appointmentstatus")]
public enum AppointmentStatus
{
    [EnumLiteral("proposed", "http://hl7.org/fhir/appointmentstatus")]
    [Description("Proposed")]
    Proposed,
    [EnumLiteral("pending", "http://hl7.org/fhir/appointmentstatus")]
    [Description("Pending")]
    Pending,
    [EnumLiteral("booked", "http://hl7.org/fhir/appointmentstatus")]
    [Description("Booked")]
    Booked,
    [EnumLiteral("arrived", "http://hl7.org/fhir/appointmentstatus")]
    [Description("Arrived")]
    Arrived,
    [EnumLiteral("fulfilled", "http://hl7.org/fhir/appointmentstatus")]
    [Description("Fulfilled")]
    Fulfilled,
    [EnumLiteral("cancelled", "http://hl7.org/fhir/appointmentstatus")]
    [Description("Cancelled")]
    Cancelled,
    [EnumLiteral("noshow", "http://hl7.org/fhir/appointmentstatus")]
    [Description("No Show")]
    Noshow,
    [EnumLiteral("entered-in-error", "http://hl7.org/fhir/appointmentstatus")]
    [Description("Entered in error")]
    EnteredInError,
}
