using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("MessageHeader", "http://hl7.org/fhir/StructureDefinition/MessageHeader")]
public partial class MessageHeader : DomainResource
{
    [FhirElement("event", Order = 90, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("MessageEvent")]
    public partial Coding? Event { get; set; }

    [FhirElement("destination", Order = 100, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<MessageDestinationComponent> Destination { get; set; }

    [FhirElement("receiver", Order = 110, InSummary = true)]
    [References("Practitioner", "Organization")]
    public partial ResourceReference? Receiver { get; set; }

    [FhirElement("sender", Order = 120, InSummary = true)]
    [References("Practitioner", "Organization")]
    public partial ResourceReference? Sender { get; set; }

    [FhirElement("timestamp", Order = 130, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    public partial Instant? TimestampElement { get; set; }

    [FhirElement("enterer", Order = 140, InSummary = true)]
    [References("Practitioner")]
    public partial ResourceReference? Enterer { get; set; }

    [FhirElement("author", Order = 150, InSummary = true)]
    [References("Practitioner")]
    public partial ResourceReference? Author { get; set; }

    [FhirElement("source", Order = 160, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    public partial MessageSourceComponent? Source { get; set; }

    [FhirElement("responsible", Order = 170, InSummary = true)]
    [References("Practitioner", "Organization")]
    public partial ResourceReference? Responsible { get; set; }

    [FhirElement("reason", Order = 180, InSummary = true)]
    [Binding("EventReason")]
    public partial CodeableConcept? Reason { get; set; }

    [FhirElement("response", Order = 190, InSummary = true)]
    public partial ResponseComponent? Response { get; set; }

    [FhirElement("focus", Order = 200, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Resource")]
    public partial List<ResourceReference> Focus { get; set; }

    [FhirType("MessageHeader.destination", IsBackboneType = true)]
    public partial class MessageDestinationComponent : BackboneElement
    {
        [FhirElement("name", Order = 40, InSummary = true)]
        public partial FhirString? NameElement { get; set; }

        [FhirElement("target", Order = 50, InSummary = true)]
        [References("Device")]
        public partial ResourceReference? Target { get; set; }

        [FhirElement("endpoint", Order = 60, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        public partial FhirUri? EndpointElement { get; set; }
    }

    [FhirType("MessageHeader.source", IsBackboneType = true)]
    public partial class MessageSourceComponent : BackboneElement
    {
        [FhirElement("name", Order = 40, InSummary = true)]
        public partial FhirString? NameElement { get; set; }

        [FhirElement("software", Order = 50, InSummary = true)]
        public partial FhirString? SoftwareElement { get; set; }

        [FhirElement("version", Order = 60, InSummary = true)]
        public partial FhirString? VersionElement { get; set; }

        [FhirElement("contact", Order = 70, InSummary = true)]
        public partial ContactPoint? Contact { get; set; }

        [FhirElement("endpoint", Order = 80, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        public partial FhirUri? EndpointElement { get; set; }
    }

    [FhirType("MessageHeader.response", IsBackboneType = true)]
    public partial class ResponseComponent : BackboneElement
    {
        [FhirElement("identifier", Order = 40, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        public partial Id? IdentifierElement { get; set; }

        [FhirElement("code", Order = 50, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("ResponseType")]
        public partial Code<ResponseType>? CodeElement { get; set; }

        [FhirElement("details", Order = 60, InSummary = true)]
        [References("OperationOutcome")]
        public partial ResourceReference? Details { get; set; }
    }
}
