using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("EncounterLocationStatus", "http://hl7.org/fhir/ValueSet/encounter-location-status", "http://hl7.org/fhir/encounter-location-status")]
public enum EncounterLocationStatus
{
    [EnumLiteral("planned", "http://hl7.org/fhir/encounter-location-status")]
    [Description("Planned")]
    Planned,
    [EnumLiteral("active", "http://hl7.org/fhir/encounter-location-status")]
    [Description("Active")]
    Active,
    [EnumLiteral("reserved", "http://hl7.org/fhir/encounter-location-status")]
    [Description("Reserved")]
    Reserved,
    [EnumLiteral("completed", "http://hl7.org/fhir/encounter-location-status")]
    [Description("Completed")]
    Completed,
}
