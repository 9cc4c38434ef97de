using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("ResourceVersionPolicy", "http://hl7.org/fhir/ValueSet/versioning-policy", "http://hl7.org/fhir/versioning-policy")]
public enum ResourceVersionPolicy
{
    [EnumLiteral("no-version", "http://hl7.org/fhir/versioning-policy")]
    [Description("No VersionId Support")]
    NoVersion,
    [EnumLiteral("versioned", "http://hl7.org/fhir/versioning-policy")]
    [Description("Versioned")]
    Versioned,
    [EnumLiteral("versioned-update", "http://hl7.org/fhir/versioning-policy")]
    [Description("VersionId tracked fully")]
    VersionedUpdate,
}
