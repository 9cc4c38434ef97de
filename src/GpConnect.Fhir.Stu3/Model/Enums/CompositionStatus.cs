using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("CompositionStatus", "http://hl7.org/fhir/ValueSet/composition-status", "http://hl7.org/fhir/composition-status")]
public enum CompositionStatus
{
    [EnumLiteral("preliminary", "http://hl7.org/fhir/composition-status")]
    [Description("Preliminary")]
    Preliminary,
    [EnumLiteral("final", "http://hl7.org/fhir/composition-status")]
    [Description("Final")]
    Final,
    [EnumLiteral("amended", "http://hl7.org/fhir/composition-status")]
    [Description("Amended")]
    Amended,
    [EnumLiteral("entered-in-error", "http://hl7.org/fhir/composition-status")]
    [Description("Entered in Error")]
    EnteredInError,
}
