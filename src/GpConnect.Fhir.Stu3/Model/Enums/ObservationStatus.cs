using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("ObservationStatus", "http://hl7.org/fhir/ValueSet/observation-status", "http://hl7.org/fhir/observation-status")]
public enum ObservationStatus
{
    [EnumLiteral("registered", "http://hl7.org/fhir/observation-status")]
    [Description("Registered")]
    Registered,
    [EnumLiteral("preliminary", "http://hl7.org/fhir/observation-status")]
    [Description("Preliminary")]
    Preliminary,
    [EnumLiteral("final", "http://hl7.org/fhir/observation-status")]
    [Description("Final")]
    Final,
    [EnumLiteral("amended", "http://hl7.org/fhir/observation-status")]
    [Description("Amended")]
    Amended,
    [EnumLiteral("corrected", "http://hl7.org/fhir/observation-status")]
    [Description("Corrected")]
    Corrected,
    [EnumLiteral("cancelled", "http://hl7.org/fhir/observation-status")]
    [Description("Cancelled")]
    Cancelled,
    [EnumLiteral("entered-in-error", "http://hl7.org/fhir/observation-status")]
    [Description("Entered in Error")]
    EnteredInError,
    [EnumLiteral("unknown", "http://hl7.org/fhir/observation-status")]
    [Description("Unknown")]
    Unknown,
}
