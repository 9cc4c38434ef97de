using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("ListMode", "http://hl7.org/fhir/ValueSet/list-mode", "http://hl7.org/fhir/list-mode")]
public enum ListMode
{
    [EnumLiteral("working", "http://hl7.org/fhir/list-mode")]
    [Description("Working List")]
    Working,
    [EnumLiteral("snapshot", "http://hl7.org/fhir/list-mode")]
    [Description("Snapshot List")]
    Snapshot,
    [EnumLiteral("changes", "http://hl7.org/fhir/list-mode")]
    [Description("Change List")]
    Changes,
}
