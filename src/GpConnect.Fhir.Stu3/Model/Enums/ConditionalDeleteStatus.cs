using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("ConditionalDeleteStatus", "http://hl7.org/fhir/ValueSet/conditional-delete-status", "http://hl7.org/fhir/conditional-delete-status")]
public enum ConditionalDeleteStatus
{
    [EnumLiteral("not-supported", "http://hl7.org/fhir/conditional-delete-status")]
    [Description("Not Supported")]
    NotSupported,
    [EnumLiteral("single", "http://hl7.org/fhir/conditional-delete-status")]
    [Description("Single Deletes Supported")]
    Single,
    [EnumLiteral("multiple", "http://hl7.org/fhir/conditional-delete-status")]
    [Description("Multiple Deletes Supported")]
    Multiple,
}
