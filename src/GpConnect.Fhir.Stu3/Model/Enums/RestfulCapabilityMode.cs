using Hl7.Fhir.Utility;

namespace GpConnect.Fhir.Stu3.Model;

[FhirEnumeration("RestfulCapabilityMode", "http://hl7.org/fhir/ValueSet/restful-capability-mode", "http://hl7.org/fhir/restful-capability-mode")]
public enum RestfulCapabilityMode
{
    [EnumLiteral("client", "http://hl7.org/fhir/restful-capability-mode")]
    [Description("Client")]
    Client,
    [EnumLiteral("server", "http://hl7.org/fhir/restful-capability-mode")]
    [Description("Server")]
    Server,
}
