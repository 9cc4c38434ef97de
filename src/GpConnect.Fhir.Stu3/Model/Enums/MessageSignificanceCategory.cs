using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("MessageSignificanceCategory", "http://hl7.org/fhir/ValueSet/message-significance-category", "http://hl7.org/fhir/message-significance-category")]
public enum MessageSignificanceCategory
{
    [EnumLiteral("Consequence", "http://hl7.org/fhir/message-significance-category")]
    [Description("Consequence")]
    Consequence,
    [EnumLiteral("Currency", "http://hl7.org/fhir/message-significance-category")]
    [Description("Currency")]
    Currency,
    [EnumLiteral("Notification", "http://hl7.org/fhir/message-significance-category")]
    [Description("Notification")]
    Notification,
}
