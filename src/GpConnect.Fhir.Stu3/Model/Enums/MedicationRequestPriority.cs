using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("MedicationRequestPriority", "http://hl7.org/fhir/ValueSet/medication-request-priority", "http://hl7.org/fhir/medication-request-priority")]
public enum MedicationRequestPriority
{
    [EnumLiteral("routine", "http://hl7.org/fhir/medication-request-priority")]
    [Description("Routine")]
    Routine,
    [EnumLiteral("urgent", "http://hl7.org/fhir/medication-request-priority")]
    [Description("Urgent")]
    Urgent,
    [EnumLiteral("stat", "http://hl7.org/fhir/medication-request-priority")]
    [Description("Stat")]
    Stat,
    [EnumLiteral("asap", "http://hl7.org/fhir/medication-request-priority")]
    [Description("ASAP")]
    Asap,
}
