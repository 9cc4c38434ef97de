using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("AllergyIntoleranceSeverity", "http://hl7.org/fhir/ValueSet/reaction-event-severity", "http://hl7.org/fhir/reaction-event-severity")]
public enum AllergyIntoleranceSeverity
{
    [EnumLiteral("mild", "http://hl7.org/fhir/reaction-event-severity")]
    [Description("Mild")]
    Mild,
    [EnumLiteral("moderate", "http://hl7.org/fhir/reaction-event-severity")]
    [Description("Moderate")]
    Moderate,
    [EnumLiteral("severe", "http://hl7.org/fhir/reaction-event-severity")]
    [Description("Severe")]
    Severe,
}
