using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("ConditionalReadStatus", "http://hl7.org/fhir/ValueSet/conditional-read-status", "http://hl7.org/fhir/conditional-read-status")]
public enum ConditionalReadStatus
{
    [EnumLiteral("not-supported", "http://hl7.org/fhir/conditional-read-status")]
    [Description("Not Supported")]
    NotSupported,
    [EnumLiteral("modified-since", "http://hl7.org/fhir/conditional-read-status")]
    [Description("If-Modified-Since")]
    ModifiedSince,
    [EnumLiteral("not-match", "http://hl7.org/fhir/conditional-read-status")]
    [Description("If-None-Match")]
    NotMatch,
    [EnumLiteral("full-support", "http://hl7.org/fhir/conditional-read-status")]
    [Description("Full Support")]
    FullSupport,
}
