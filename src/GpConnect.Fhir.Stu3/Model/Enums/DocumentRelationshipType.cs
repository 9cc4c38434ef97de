using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("DocumentRelationshipType", "http://hl7.org/fhir/ValueSet/document-relationship-type", "http://hl7.org/fhir/document-relationship-type")]
public enum DocumentRelationshipType
{
    [EnumLiteral("replaces", "http://hl7.org/fhir/document-relationship-type")]
    [Description("Replaces")]
    Replaces,
    [EnumLiteral("transforms", "http://hl7.org/fhir/document-relationship-type")]
    [Description("Transforms")]
    Transforms,
    [EnumLiteral("signs", "http://hl7.org/fhir/document-relationship-type")]
    [Description("Signs")]
    Signs,
    [EnumLiteral("appends", "http://hl7.org/fhir/document-relationship-type")]
    [Description("Appends")]
    Appends,
}
