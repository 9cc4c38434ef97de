using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("ParticipantRequired", "http://hl7.org/fhir/ValueSet/participantrequired", "http://hl7.org/fhir/participantrequired")]
public enum ParticipantRequired
{
    [EnumLiteral("required", "http://hl7.org/fhir/participantrequired")]
    [Description("Required")]
    Required,
    [EnumLiteral("optional", "http://hl7.org/fhir/participantrequired")]
    [Description("Optional")]
    Optional,
    [EnumLiteral("information-only", "http://hl7.org/fhir/participantrequired")]
    [Description("Information Only")]
    InformationOnly,
}
