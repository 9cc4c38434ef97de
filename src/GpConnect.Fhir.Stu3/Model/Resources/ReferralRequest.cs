using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("ReferralRequest", "http://hl7.org/fhir/StructureDefinition/ReferralRequest")]
public partial class ReferralRequest : DomainResource
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
    [References("ReferralRequest", "CarePlan", "ProcedureRequest")]
    public partial List<ResourceReference> BasedOn { get; set; }

    [FhirElement("replaces", Order = 120, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("ReferralRequest")]
    public partial List<ResourceReference> Replaces { get; set; }

    [FhirElement("groupIdentifier", Order = 130, InSummary = true)]
    public partial Identifier? GroupIdentifier { get; set; }

    [FhirElement("status", Order = 140, InSummary = true, IsModifier = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("ReferralRequestStatus")]
    public partial Code<RequestStatus>? StatusElement { get; set; }

    [FhirElement("intent", Order = 150, InSummary = true, IsModifier = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("ReferralCategory")]
    public partial Code<RequestIntent>? IntentElement { get; set; }

    [FhirElement("type", Order = 160, InSummary = true)]
    [Binding("ReferralType")]
    public partial CodeableConcept? Type { get; set; }

    [FhirElement("priority", Order = 170, InSummary = true)]
    [Binding("ReferralPriority")]
    public partial Code<RequestPriority>? PriorityElement { get; set; }

    [FhirElement("serviceRequested", Order = 180, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("RequestedService")]
    public partial List<CodeableConcept> ServiceRequested { get; set; }

    [FhirElement("subject", Order = 190, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    [References("Patient", "Group")]
    public partial ResourceReference? Subject { get; set; }

    [FhirElement("context", Order = 200, InSummary = true)]
    [References("Encounter", "EpisodeOfCare")]
    public partial ResourceReference? Context { get; set; }

    [FhirElement("occurrence", Order = 210, InSummary = true, Choice = ChoiceType.DatatypeChoice)]
    [AllowedTypes(typeof(FhirDateTime), typeof(Period))]
    public partial DataType? Occurrence { get; set; }

    [FhirElement("authoredOn", Order = 220, InSummary = true)]
    public partial FhirDateTime? AuthoredOnElement { get; set; }

    [FhirElement("requester", Order = 230, InSummary = true)]
    public partial RequesterComponent? Requester { get; set; }

    [FhirElement("specialty", Order = 240)]
    [Binding("ReferralSpecialty")]
    public partial CodeableConcept? Specialty { get; set; }

    [FhirElement("recipient", Order = 250, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Practitioner", "Organization", "HealthcareService")]
    public partial List<ResourceReference> Recipient { get; set; }

    [FhirElement("reasonCode", Order = 260, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("ReferralReason")]
    public partial List<CodeableConcept> ReasonCode { get; set; }

    [FhirElement("reasonReference", Order = 270, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Condition", "Observation")]
    public partial List<ResourceReference> ReasonReference { get; set; }

    [FhirElement("description", Order = 280)]
    public partial FhirString? DescriptionElement { get; set; }

    [FhirElement("supportingInfo", Order = 290)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Resource")]
    public partial List<ResourceReference> SupportingInfo { get; set; }

    [FhirElement("note", Order = 300)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Annotation> Note { get; set; }

    [FhirElement("relevantHistory", Order = 310)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Provenance")]
    public partial List<ResourceReference> RelevantHistory { get; set; }

    [FhirType("ReferralRequest.requester", IsBackboneType = true)]
    public partial class RequesterComponent : BackboneElement
    {
        [FhirElement("agent", Order = 40, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [References("Practitioner", "Organization", "Patient", "RelatedPerson", "Device")]
        public partial ResourceReference? Agent { get; set; }

        [FhirElement("onBehalfOf", Order = 50, InSummary = true)]
        [References("Organization")]
        public partial ResourceReference? OnBehalfOf { get; set; }
    }
}
