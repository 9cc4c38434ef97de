using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("DocumentReferenceStatus", "http://hl7.org/fhir/ValueSet/document-reference-status", "http://hl7.org/fhir/document-reference-status")]
public enum DocumentReferenceStatus
{
    [EnumLiteral("current", "http://hl7.org/fhir/document-reference-status")]
    [Description("Current")]
    Current,
    [EnumLiteral("superseded", "http://hl7.org/fhir/document-reference-status")]
    [Description("Superseded")]
    Superseded,
    [EnumLiteral("entered-in-error", "http://hl7.org/fhir/document-reference-status")]
    [Description("Entered in Error")]
    EnteredInError,
}
