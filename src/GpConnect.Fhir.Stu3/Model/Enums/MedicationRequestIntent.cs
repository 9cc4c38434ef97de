using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("MedicationRequestIntent", "http://hl7.org/fhir/ValueSet/medication-request-intent", "http://hl7.org/fhir/medication-request-intent")]
public enum MedicationRequestIntent
{
    [EnumLiteral("proposal", "http://hl7.org/fhir/medication-request-intent")]
    [Description("Proposal")]
    Proposal,
    [EnumLiteral("plan", "http://hl7.org/fhir/medication-request-intent")]
    [Description("Plan")]
    Plan,
    [EnumLiteral("order", "http://hl7.org/fhir/medication-request-intent")]
    [Description("Order")]
    Order,
    [EnumLiteral("instance-order", "http://hl7.org/fhir/medication-request-intent")]
    [Description("Instance Order")]
    InstanceOrder,
}
