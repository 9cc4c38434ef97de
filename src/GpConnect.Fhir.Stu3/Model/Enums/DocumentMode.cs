using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("DocumentMode", "http://hl7.org/fhir/ValueSet/document-mode", "http://hl7.org/fhir/document-mode")]
public enum DocumentMode
{
    [EnumLiteral("producer", "http://hl7.org/fhir/document-mode")]
    [Description("Producer")]
    Producer,
    [EnumLiteral("consumer", "http://hl7.org/fhir/document-mode")]
    [Description("Consumer")]
    Consumer,
}
