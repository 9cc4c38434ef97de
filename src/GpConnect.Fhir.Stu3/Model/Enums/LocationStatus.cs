using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("LocationStatus", "http://hl7.org/fhir/ValueSet/location-status", "http://hl7.org/fhir/location-status")]
public enum LocationStatus
{
    [EnumLiteral("active", "http://hl7.org/fhir/location-status")]
    [Description("Active")]
    Active,
    [EnumLiteral("suspended", "http://hl7.org/fhir/location-status")]
    [Description("Suspended")]
    Suspended,
    [EnumLiteral("inactive", "http://hl7.org/fhir/location-status")]
    [Description("Inactive")]
    Inactive,
}
