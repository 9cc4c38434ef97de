using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("ProcedureRequest", "http://hl7.org/fhir/StructureDefinition/ProcedureRequest")]
public partial class ProcedureRequest : DomainResource
{
    [FhirElement("identifier", Order = 90, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Identifier> Identifier { get; set; }

    [FhirElement("definition", Order = 100, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("ActivityDefinition", "PlanDefinition")]
    public partial List<ResourceReference> Definition { get; set; }

    [FhirElement("basedOn", Order = 110, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Resource")]
    public partial List<ResourceReference> BasedOn { get; set; }

    [FhirElement("replaces", Order = 120, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Resource")]
    public partial List<ResourceReference> Replaces { get; set; }

    [FhirElement("requisition", Order = 130, InSummary = true)]
    public partial Identifier? Requisition { get; set; }

    [FhirElement("status", Order = 140, InSummary = true, IsModifier = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("ProcedureRequestStatus")]
    public partial Code<RequestStatus>? StatusElement { get; set; }

    [FhirElement("intent", Order = 150, InSummary = true, IsModifier = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("ProcedureRequestIntent")]
    public partial Code<RequestIntent>? IntentElement { get; set; }

    [FhirElement("priority", Order = 160, InSummary = true)]
    [Binding("ProcedureRequestPriority")]
    public partial Code<RequestPriority>? PriorityElement { get; set; }

    [FhirElement("doNotPerform", Order = 170, InSummary = true, IsModifier = true)]
    public partial FhirBoolean? DoNotPerformElement { get; set; }

    [FhirElement("category", Order = 180, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("ProcedureRequestCategory")]
    public partial List<CodeableConcept> Category { get; set; }

    [FhirElement("code", Order = 190, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("ProcedureRequestCode")]
    public partial CodeableConcept? Code { get; set; }

    [FhirElement("subject", Order = 200, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    [References("Patient", "Group", "Location", "Device")]
    public partial ResourceReference? Subject { get; set; }

    [FhirElement("context", Order = 210, InSummary = true)]
    [References("Encounter", "EpisodeOfCare")]
    public partial ResourceReference? Context { get; set; }

    [FhirElement("occurrence", Order = 220, InSummary = true, Choice = ChoiceType.DatatypeChoice)]
    [AllowedTypes(typeof(FhirDateTime), typeof(Period), typeof(Timing))]
    public partial DataType? Occurrence { get; set; }

    [FhirElement("asNeeded", Order = 230, InSummary = true, Choice = ChoiceType.DatatypeChoice)]
    [AllowedTypes(typeof(FhirBoolean), typeof(CodeableConcept))]
    [Binding("ProcedureAsNeededReason")]
    public partial DataType? AsNeeded { get; set; }

    [FhirElement("authoredOn", Order = 240, InSummary = true)]
    public partial FhirDateTime? AuthoredOnElement { get; set; }

    [FhirElement("requester", Order = 250, InSummary = true)]
    public partial RequesterComponent? Requester { get; set; }

    [FhirElement("performerType", Order = 260, InSummary = true)]
    [Binding("ProcedureRequestParticipantRole")]
    public partial CodeableConcept? PerformerType { get; set; }

    [FhirElement("performer", Order = 270, InSummary = true)]
    [References("Practitioner", "Organization", "Patient", "Device", "RelatedPerson", "HealthcareService")]
    public partial ResourceReference? Performer { get; set; }

    [FhirElement("reasonCode", Order = 280, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("ProcedureRequestReason")]
    public partial List<CodeableConcept> ReasonCode { get; set; }

    [FhirElement("reasonReference", Order = 290, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Condition", "Observation")]
    public partial List<ResourceReference> ReasonReference { get; set; }

    [FhirElement("supportingInfo", Order = 300)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Resource")]
    public partial List<ResourceReference> SupportingInfo { get; set; }

    [FhirElement("specimen", Order = 310, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Specimen")]
    public partial List<ResourceReference> Specimen { get; set; }

    [FhirElement("bodySite", Order = 320, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("BodySite")]
    public partial List<CodeableConcept> BodySite { get; set; }

    [FhirElement("note", Order = 330)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Annotation> Note { get; set; }

    [FhirElement("relevantHistory", Order = 340)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Provenance")]
    public partial List<ResourceReference> RelevantHistory { get; set; }

    [FhirType("ProcedureRequest.requester", IsBackboneType = true)]
    public partial class RequesterComponent : BackboneElement
    {
        [FhirElement("agent", Order = 40, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [References("Device", "Practitioner", "Organization")]
        public partial ResourceReference? Agent { get; set; }

        [FhirElement("onBehalfOf", Order = 50, InSummary = true)]
        [References("Organization")]
        public partial ResourceReference? OnBehalfOf { get; set; }
    }
}
