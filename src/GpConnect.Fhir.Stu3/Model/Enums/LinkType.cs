using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("LinkType", "http://hl7.org/fhir/ValueSet/link-type", "http://hl7.org/fhir/link-type")]
public enum LinkType
{
    [EnumLiteral("replaced-by", "http://hl7.org/fhir/link-type")]
    [Description("Replaced-by")]
    ReplacedBy,
    [EnumLiteral("replaces", "http://hl7.org/fhir/link-type")]
    [Description("Replaces")]
    Replaces,
    [EnumLiteral("refer", "http://hl7.org/fhir/link-type")]
    [Description("Refer")]
    Refer,
    [EnumLiteral("seealso", "http://hl7.org/fhir/link-type")]
    [Description("See also")]
    Seealso,
}
