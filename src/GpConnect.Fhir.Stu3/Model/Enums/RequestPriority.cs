using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("RequestPriority", "http://hl7.org/fhir/ValueSet/request-priority", "http://hl7.org/fhir/request-priority")]
public enum RequestPriority
{
    [EnumLiteral("routine", "http://hl7.org/fhir/request-priority")]
    [Description("Routine")]
    Routine,
    [EnumLiteral("urgent", "http://hl7.org/fhir/request-priority")]
    [Description("Urgent")]
    Urgent,
    [EnumLiteral("asap", "http://hl7.org/fhir/request-priority")]
    [Description("ASAP")]
    Asap,
    [EnumLiteral("stat", "http://hl7.org/fhir/request-priority")]
    [Description("STAT")]
    Stat,
}
