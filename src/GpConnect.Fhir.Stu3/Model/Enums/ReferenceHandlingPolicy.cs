using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("ReferenceHandlingPolicy", "http://hl7.org/fhir/ValueSet/reference-handling-policy", "http://hl7.org/fhir/reference-handling-policy")]
public enum ReferenceHandlingPolicy
{
    [EnumLiteral("literal", "http://hl7.org/fhir/reference-handling-policy")]
    [Description("Literal References")]
    Literal,
    [EnumLiteral("logical", "http://hl7.org/fhir/reference-handling-policy")]
    [Description("Logical References")]
    Logical,
    [EnumLiteral("resolves", "http://hl7.org/fhir/reference-handling-policy")]
    [Description("Resolves References")]
    Resolves,
    [EnumLiteral("enforced", "http://hl7.org/fhir/reference-handling-policy")]
    [Description("Reference Integrity Enforced")]
    Enforced,
    [EnumLiteral("local", "http://hl7.org/fhir/reference-handling-policy")]
    [Description("Local References Only")]
    Local,
}
