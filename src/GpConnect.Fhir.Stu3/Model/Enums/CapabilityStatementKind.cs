using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("CapabilityStatementKind", "http://hl7.org/fhir/ValueSet/capability-statement-kind", "http://hl7.org/fhir/capability-statement-kind")]
public enum CapabilityStatementKind
{
    [EnumLiteral("instance", "http://hl7.org/fhir/capability-statement-kind")]
    [Description("Instance")]
    Instance,
    [EnumLiteral("capability", "http://hl7.org/fhir/capability-statement-kind")]
    [Description("Capability")]
    Capability,
    [EnumLiteral("requirements", "http://hl7.org/fhir/capability-statement-kind")]
    [Description("Requirements")]
    Requirements,
}
