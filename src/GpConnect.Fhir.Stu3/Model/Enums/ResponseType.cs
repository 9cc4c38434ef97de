using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("ResponseType", "http://hl7.org/fhir/ValueSet/response-code", "http://hl7.org/fhir/response-code")]
public enum ResponseType
{
    [EnumLiteral("ok", "http://hl7.org/fhir/response-code")]
    [Description("OK")]
    Ok,
    [EnumLiteral("transient-error", "http://hl7.org/fhir/response-code")]
    [Description("Transient Error")]
    TransientError,
    [EnumLiteral("fatal-error", "http://hl7.org/fhir/response-code")]
    [Description("Fatal Error")]
    FatalError,
}
