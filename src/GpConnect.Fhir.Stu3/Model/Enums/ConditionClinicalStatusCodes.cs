using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("Condition Clinical Status Codes", "http://hl7.org/fhir/ValueSet/condition-clinical", "http://hl7.org/fhir/condition-clinical")]
public enum ConditionClinicalStatusCodes
{
    [EnumLiteral("active", "http://hl7.org/fhir/condition-clinical")]
    [Description("Active")]
    Active,
    [EnumLiteral("recurrence", "http://hl7.org/fhir/condition-clinical")]
    [Description("Recurrence")]
    Recurrence,
    [EnumLiteral("inactive", "http://hl7.org/fhir/condition-clinical")]
    [Description("Inactive")]
    Inactive,
    [EnumLiteral("remission", "http://hl7.org/fhir/condition-clinical")]
    [Description("Remission")]
    Remission,
    [EnumLiteral("resolved", "http://hl7.org/fhir/condition-clinical")]
    [Description("Resolved")]
    Resolved,
}
