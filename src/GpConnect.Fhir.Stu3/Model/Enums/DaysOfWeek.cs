using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("DaysOfWeek", "http://hl7.org/fhir/ValueSet/days-of-week", "http://hl7.org/fhir/days-of-week")]
public enum DaysOfWeek
{
    [EnumLiteral("mon", "http://hl7.org/fhir/days-of-week")]
    [Description("Monday")]
    Mon,
    [EnumLiteral("tue", "http://hl7.org/fhir/days-of-week")]
    [Description("Tuesday")]
    Tue,
    [EnumLiteral("wed", "http://hl7.org/fhir/days-of-week")]
    [Description("Wednesday")]
    Wed,
    [EnumLiteral("thu", "http://hl7.org/fhir/days-of-week")]
    [Description("Thursday")]
    Thu,
    [EnumLiteral("fri", "http://hl7.org/fhir/days-of-week")]
    [Description("Friday")]
    Fri,
    [EnumLiteral("sat", "http://hl7.org/fhir/days-of-week")]
    [Description("Saturday")]
    Sat,
    [EnumLiteral("sun", "http://hl7.org/fhir/days-of-week")]
    [Description("Sunday")]
    Sun,
}
