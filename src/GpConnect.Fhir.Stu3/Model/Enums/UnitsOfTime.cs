using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("UnitsOfTime", "http://hl7.org/fhir/ValueSet/units-of-time", "http://unitsofmeasure.org")]
public enum UnitsOfTime
{
    [EnumLiteral("s", "http://unitsofmeasure.org")]
    [Description("second")]
    S,
    [EnumLiteral("min", "http://unitsofmeasure.org")]
    [Description("minute")]
    Min,
    [EnumLiteral("h", "http://unitsofmeasure.org")]
    [Description("hour")]
    H,
    [EnumLiteral("d", "http://unitsofmeasure.org")]
    [Description("day")]
    D,
    [EnumLiteral("wk", "http://unitsofmeasure.org")]
    [Description("week")]
    Wk,
    [EnumLiteral("mo", "http://unitsofmeasure.org")]
    [Description("month")]
    Mo,
    [EnumLiteral("a", "http://unitsofmeasure.org")]
    [Description("year")]
    A,
}
