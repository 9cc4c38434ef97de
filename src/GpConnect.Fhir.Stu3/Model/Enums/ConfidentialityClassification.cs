using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

/// <summary>
/// Written by hand: the STU3 value set v3-ConfidentialityClassification is not in the core archive (it comes from
/// the v3 code system), so the scaffolder left Composition.confidentiality a plain code. The schema enumerates these.
/// </summary>
[FhirEnumeration("ConfidentialityClassification", "http://hl7.org/fhir/ValueSet/v3-ConfidentialityClassification", "http://hl7.org/fhir/v3/Confidentiality")]
public enum ConfidentialityClassification
{
    [EnumLiteral("U", "http://hl7.org/fhir/v3/Confidentiality")]
    [Description("unrestricted")]
    U,
    [EnumLiteral("L", "http://hl7.org/fhir/v3/Confidentiality")]
    [Description("low")]
    L,
    [EnumLiteral("M", "http://hl7.org/fhir/v3/Confidentiality")]
    [Description("moderate")]
    M,
    [EnumLiteral("N", "http://hl7.org/fhir/v3/Confidentiality")]
    [Description("normal")]
    N,
    [EnumLiteral("R", "http://hl7.org/fhir/v3/Confidentiality")]
    [Description("restricted")]
    R,
    [EnumLiteral("V", "http://hl7.org/fhir/v3/Confidentiality")]
    [Description("very restricted")]
    V,
}
