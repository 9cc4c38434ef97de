using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("MedicationRequest", "http://hl7.org/fhir/StructureDefinition/MedicationRequest")]
public partial class MedicationRequest : DomainResource
{
    [FhirElement("identifier", Order = 90)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Identifier> Identifier { get; set; }

    [FhirElement("definition", Order = 100, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("ActivityDefinition", "PlanDefinition")]
    public partial List<ResourceReference> Definition { get; set; }

    [FhirElement("basedOn", Order = 110, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("CarePlan", "MedicationRequest", "ProcedureRequest", "ReferralRequest")]
    public partial List<ResourceReference> BasedOn { get; set; }

    [FhirElement("groupIdentifier", Order = 120, InSummary = true)]
    public partial Identifier? GroupIdentifier { get; set; }

    [FhirElement("status", Order = 130, InSummary = true, IsModifier = true)]
    [Binding("MedicationRequestStatus")]
    public partial Code<MedicationRequestStatus>? StatusElement { get; set; }

    [FhirElement("intent", Order = 140, InSummary = true, IsModifier = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("MedicationRequestIntent")]
    public partial Code<MedicationRequestIntent>? IntentElement { get; set; }

    [FhirElement("category", Order = 150)]
    [Binding("MedicationRequestCategory")]
    public partial CodeableConcept? Category { get; set; }

    [FhirElement("priority", Order = 160, InSummary = true)]
    [Binding("MedicationRequestPriority")]
    public partial Code<MedicationRequestPriority>? PriorityElement { get; set; }

    [FhirElement("medication", Order = 170, InSummary = true, Choice = ChoiceType.DatatypeChoice)]
    [Cardinality(Min = 1, Max = 1)]
    [AllowedTypes(typeof(CodeableConcept), typeof(ResourceReference))]
    [References("Medication")]
    [Binding("MedicationCode")]
    public partial DataType? Medication { get; set; }

    [FhirElement("subject", Order = 180, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    [References("Patient", "Group")]
    public partial ResourceReference? Subject { get; set; }

    [FhirElement("context", Order = 190)]
    [References("Encounter", "EpisodeOfCare")]
    public partial ResourceReference? Context { get; set; }

    [FhirElement("supportingInformation", Order = 200)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Resource")]
    public partial List<ResourceReference> SupportingInformation { get; set; }

    [FhirElement("authoredOn", Order = 210, InSummary = true)]
    public partial FhirDateTime? AuthoredOnElement { get; set; }

    [FhirElement("requester", Order = 220, InSummary = true)]
    public partial RequesterComponent? Requester { get; set; }

    [FhirElement("recorder", Order = 230)]
    [References("Practitioner")]
    public partial ResourceReference? Recorder { get; set; }

    [FhirElement("reasonCode", Order = 240)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("MedicationRequestReason")]
    public partial List<CodeableConcept> ReasonCode { get; set; }

    [FhirElement("reasonReference", Order = 250)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Condition", "Observation")]
    public partial List<ResourceReference> ReasonReference { get; set; }

    [FhirElement("note", Order = 260)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Annotation> Note { get; set; }

    [FhirElement("dosageInstruction", Order = 270)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Dosage> DosageInstruction { get; set; }

    [FhirElement("dispenseRequest", Order = 280)]
    public partial DispenseRequestComponent? DispenseRequest { get; set; }

    [FhirElement("substitution", Order = 290)]
    public partial SubstitutionComponent? Substitution { get; set; }

    [FhirElement("priorPrescription", Order = 300)]
    [References("MedicationRequest")]
    public partial ResourceReference? PriorPrescription { get; set; }

    [FhirElement("detectedIssue", Order = 310)]
    [Cardinality(Min = 0, Max = -1)]
    [References("DetectedIssue")]
    public partial List<ResourceReference> DetectedIssue { get; set; }

    [FhirElement("eventHistory", Order = 320)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Provenance")]
    public partial List<ResourceReference> EventHistory { get; set; }

    [FhirType("MedicationRequest.requester", IsBackboneType = true)]
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

    [FhirType("MedicationRequest.dispenseRequest", IsBackboneType = true)]
    public partial class DispenseRequestComponent : BackboneElement
    {
        [FhirElement("validityPeriod", Order = 40)]
        public partial Period? ValidityPeriod { get; set; }

        [FhirElement("numberOfRepeatsAllowed", Order = 50)]
        public partial PositiveInt? NumberOfRepeatsAllowedElement { get; set; }

        [FhirElement("quantity", Order = 60)]
        public partial Quantity? Quantity { get; set; }

        [FhirElement("expectedSupplyDuration", Order = 70)]
        public partial Duration? ExpectedSupplyDuration { get; set; }

        [FhirElement("performer", Order = 80)]
        [References("Organization")]
        public partial ResourceReference? Performer { get; set; }
    }

    [FhirType("MedicationRequest.substitution", IsBackboneType = true)]
    public partial class SubstitutionComponent : BackboneElement
    {
        [FhirElement("allowed", Order = 40, IsModifier = true)]
        [Cardinality(Min = 1, Max = 1)]
        public partial FhirBoolean? AllowedElement { get; set; }

        [FhirElement("reason", Order = 50)]
        [Binding("MedicationIntendedSubstitutionReason")]
        public partial CodeableConcept? Reason { get; set; }
    }
}
