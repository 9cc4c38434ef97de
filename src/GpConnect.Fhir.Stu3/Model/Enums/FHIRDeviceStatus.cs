using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("FHIRDeviceStatus", "http://hl7.org/fhir/ValueSet/device-status", "http://hl7.org/fhir/device-status")]
public enum FHIRDeviceStatus
{
    [EnumLiteral("active", "http://hl7.org/fhir/device-status")]
    [Description("Active")]
    Active,
    [EnumLiteral("inactive", "http://hl7.org/fhir/device-status")]
    [Description("Inactive")]
    Inactive,
    [EnumLiteral("entered-in-error", "http://hl7.org/fhir/device-status")]
    [Description("Entered in Error")]
    EnteredInError,
    [EnumLiteral("unknown", "http://hl7.org/fhir/device-status")]
    [Description("Unknown")]
    Unknown,
}
