using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("ClinicalImpressionStatus", "http://hl7.org/fhir/ValueSet/clinical-impression-status", "http://hl7.org/fhir/clinical-impression-status")]
public enum ClinicalImpressionStatus
{
    [EnumLiteral("draft", "http://hl7.org/fhir/clinical-impression-status")]
    [Description("In progress")]
    Draft,
    [EnumLiteral("completed", "http://hl7.org/fhir/clinical-impression-status")]
    [Description("Completed")]
    Completed,
    [EnumLiteral("entered-in-error", "http://hl7.org/fhir/clinical-impression-status")]
    [Description("Entered in Error")]
    EnteredInError,
}
