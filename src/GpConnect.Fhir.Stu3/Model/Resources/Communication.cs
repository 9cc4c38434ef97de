using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("Communication", "http://hl7.org/fhir/StructureDefinition/Communication")]
public partial class Communication : DomainResource
{
    [FhirElement("identifier", Order = 90, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Identifier> Identifier { get; set; }

    [FhirElement("definition", Order = 100, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("PlanDefinition", "ActivityDefinition")]
    public partial List<ResourceReference> Definition { get; set; }

    [FhirElement("basedOn", Order = 110, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Resource")]
    public partial List<ResourceReference> BasedOn { get; set; }

    [FhirElement("partOf", Order = 120, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Resource")]
    public partial List<ResourceReference> PartOf { get; set; }

    [FhirElement("status", Order = 130, InSummary = true, IsModifier = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("CommunicationStatus")]
    public partial Code<EventStatus>? StatusElement { get; set; }

    [FhirElement("notDone", Order = 140, InSummary = true, IsModifier = true)]
    public partial FhirBoolean? NotDoneElement { get; set; }

    [FhirElement("notDoneReason", Order = 150, InSummary = true)]
    [Binding("CommunicationNotDoneReason")]
    public partial CodeableConcept? NotDoneReason { get; set; }

    [FhirElement("category", Order = 160)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("CommunicationCategory")]
    public partial List<CodeableConcept> Category { get; set; }

    [FhirElement("medium", Order = 170)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("CommunicationMedium")]
    public partial List<CodeableConcept> Medium { get; set; }

    [FhirElement("subject", Order = 180, InSummary = true)]
    [References("Patient", "Group")]
    public partial ResourceReference? Subject { get; set; }

    [FhirElement("recipient", Order = 190)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Device", "Organization", "Patient", "Practitioner", "RelatedPerson", "Group")]
    public partial List<ResourceReference> Recipient { get; set; }

    [FhirElement("topic", Order = 200)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Resource")]
    public partial List<ResourceReference> Topic { get; set; }

    [FhirElement("context", Order = 210, InSummary = true)]
    [References("Encounter", "EpisodeOfCare")]
    public partial ResourceReference? Context { get; set; }

    [FhirElement("sent", Order = 220)]
    public partial FhirDateTime? SentElement { get; set; }

    [FhirElement("received", Order = 230)]
    public partial FhirDateTime? ReceivedElement { get; set; }

    [FhirElement("sender", Order = 240)]
    [References("Device", "Organization", "Patient", "Practitioner", "RelatedPerson")]
    public partial ResourceReference? Sender { get; set; }

    [FhirElement("reasonCode", Order = 250, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("CommunicationReason")]
    public partial List<CodeableConcept> ReasonCode { get; set; }

    [FhirElement("reasonReference", Order = 260, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Condition", "Observation")]
    public partial List<ResourceReference> ReasonReference { get; set; }

    [FhirElement("payload", Order = 270)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<PayloadComponent> Payload { get; set; }

    [FhirElement("note", Order = 280)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Annotation> Note { get; set; }

    [FhirType("Communication.payload", IsBackboneType = true)]
    public partial class PayloadComponent : BackboneElement
    {
        [FhirElement("content", Order = 40, Choice = ChoiceType.DatatypeChoice)]
        [Cardinality(Min = 1, Max = 1)]
        [AllowedTypes(typeof(FhirString), typeof(Attachment), typeof(ResourceReference))]
        [References("Resource")]
        public partial DataType? Content { get; set; }
    }
}
