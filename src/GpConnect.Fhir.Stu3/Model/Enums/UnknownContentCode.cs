using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("UnknownContentCode", "http://hl7.org/fhir/ValueSet/unknown-content-code", "http://hl7.org/fhir/unknown-content-code")]
public enum UnknownContentCode
{
    [EnumLiteral("no", "http://hl7.org/fhir/unknown-content-code")]
    [Description("Neither Elements or Extensions")]
    No,
    [EnumLiteral("extensions", "http://hl7.org/fhir/unknown-content-code")]
    [Description("Unknown Extensions")]
    Extensions,
    [EnumLiteral("elements", "http://hl7.org/fhir/unknown-content-code")]
    [Description("Unknown Elements")]
    Elements,
    [EnumLiteral("both", "http://hl7.org/fhir/unknown-content-code")]
    [Description("Unknown Elements and Extensions")]
    Both,
}
