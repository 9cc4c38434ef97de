using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("LocationMode", "http://hl7.org/fhir/ValueSet/location-mode", "http://hl7.org/fhir/location-mode")]
public enum LocationMode
{
    [EnumLiteral("instance", "http://hl7.org/fhir/location-mode")]
    [Description("Instance")]
    Instance,
    [EnumLiteral("kind", "http://hl7.org/fhir/location-mode")]
    [Description("Kind")]
    Kind,
}
