using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("ParticipationStatus", "http://hl7.org/fhir/ValueSet/participationstatus", "http://hl7.org/fhir/participationstatus")]
public enum ParticipationStatus
{
    [EnumLiteral("accepted", "http://hl7.org/fhir/participationstatus")]
    [Description("Accepted")]
    Accepted,
    [EnumLiteral("declined", "http://hl7.org/fhir/participationstatus")]
    [Description("Declined")]
    Declined,
    [EnumLiteral("tentative", "http://hl7.org/fhir/participationstatus")]
    [Description("Tentative")]
    Tentative,
    [EnumLiteral("needs-action", "http://hl7.org/fhir/participationstatus")]
    [Description("Needs Action")]
    NeedsAction,
}
