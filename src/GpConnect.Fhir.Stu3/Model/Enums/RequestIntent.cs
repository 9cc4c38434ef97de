using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("RequestIntent", "http://hl7.org/fhir/ValueSet/request-intent", "http://hl7.org/fhir/request-intent")]
public enum RequestIntent
{
    [EnumLiteral("proposal", "http://hl7.org/fhir/request-intent")]
    [Description("Proposal")]
    Proposal,
    [EnumLiteral("plan", "http://hl7.org/fhir/request-intent")]
    [Description("Plan")]
    Plan,
    [EnumLiteral("order", "http://hl7.org/fhir/request-intent")]
    [Description("Order")]
    Order,
    [EnumLiteral("original-order", "http://hl7.org/fhir/request-intent")]
    [Description("Original Order")]
    OriginalOrder,
    [EnumLiteral("reflex-order", "http://hl7.org/fhir/request-intent")]
    [Description("Reflex Order")]
    ReflexOrder,
    [EnumLiteral("filler-order", "http://hl7.org/fhir/request-intent")]
    [Description("Filler Order")]
    FillerOrder,
    [EnumLiteral("instance-order", "http://hl7.org/fhir/request-intent")]
    [Description("Instance Order")]
    InstanceOrder,
    [EnumLiteral("option", "http://hl7.org/fhir/request-intent")]
    [Description("Option")]
    Option,
}
