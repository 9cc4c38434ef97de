using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("MedicationDispense", "http://hl7.org/fhir/StructureDefinition/MedicationDispense")]
public partial class MedicationDispense : DomainResource
{
    [FhirElement("identifier", Order = 90)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Identifier> Identifier { get; set; }

    [FhirElement("partOf", Order = 100)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Procedure")]
    public partial List<ResourceReference> PartOf { get; set; }

    [FhirElement("status", Order = 110, InSummary = true, IsModifier = true)]
    [Binding("MedicationDispenseStatus")]
    public partial Code<MedicationDispenseStatus>? StatusElement { get; set; }

    [FhirElement("category", Order = 120)]
    [Binding("MedicationDispenseCategory")]
    public partial CodeableConcept? Category { get; set; }

    [FhirElement("medication", Order = 130, InSummary = true, Choice = ChoiceType.DatatypeChoice)]
    [Cardinality(Min = 1, Max = 1)]
    [AllowedTypes(typeof(CodeableConcept), typeof(ResourceReference))]
    [References("Medication")]
    [Binding("MedicationCode")]
    public partial DataType? Medication { get; set; }

    [FhirElement("subject", Order = 140, InSummary = true)]
    [References("Patient", "Group")]
    public partial ResourceReference? Subject { get; set; }

    [FhirElement("context", Order = 150)]
    [References("Encounter", "EpisodeOfCare")]
    public partial ResourceReference? Context { get; set; }

    [FhirElement("supportingInformation", Order = 160)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Resource")]
    public partial List<ResourceReference> SupportingInformation { get; set; }

    [FhirElement("performer", Order = 170)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<PerformerComponent> Performer { get; set; }

    [FhirElement("authorizingPrescription", Order = 180)]
    [Cardinality(Min = 0, Max = -1)]
    [References("MedicationRequest")]
    public partial List<ResourceReference> AuthorizingPrescription { get; set; }

    [FhirElement("type", Order = 190)]
    [Binding("MedicationDispenseType")]
    public partial CodeableConcept? Type { get; set; }

    [FhirElement("quantity", Order = 200)]
    public partial Quantity? Quantity { get; set; }

    [FhirElement("daysSupply", Order = 210)]
    public partial Quantity? DaysSupply { get; set; }

    [FhirElement("whenPrepared", Order = 220, InSummary = true)]
    public partial FhirDateTime? WhenPreparedElement { get; set; }

    [FhirElement("whenHandedOver", Order = 230)]
    public partial FhirDateTime? WhenHandedOverElement { get; set; }

    [FhirElement("destination", Order = 240)]
    [References("Location")]
    public partial ResourceReference? Destination { get; set; }

    [FhirElement("receiver", Order = 250)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Patient", "Practitioner")]
    public partial List<ResourceReference> Receiver { get; set; }

    [FhirElement("note", Order = 260)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Annotation> Note { get; set; }

    [FhirElement("dosageInstruction", Order = 270)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Dosage> DosageInstruction { get; set; }

    [FhirElement("substitution", Order = 280)]
    public partial SubstitutionComponent? Substitution { get; set; }

    [FhirElement("detectedIssue", Order = 290)]
    [Cardinality(Min = 0, Max = -1)]
    [References("DetectedIssue")]
    public partial List<ResourceReference> DetectedIssue { get; set; }

    [FhirElement("notDone", Order = 300)]
    public partial FhirBoolean? NotDoneElement { get; set; }

    [FhirElement("notDoneReason", Order = 310, Choice = ChoiceType.DatatypeChoice)]
    [AllowedTypes(typeof(CodeableConcept), typeof(ResourceReference))]
    [References("DetectedIssue")]
    public partial DataType? NotDoneReason { get; set; }

    [FhirElement("eventHistory", Order = 320)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Provenance")]
    public partial List<ResourceReference> EventHistory { get; set; }

    [FhirType("MedicationDispense.performer", IsBackboneType = true)]
    public partial class PerformerComponent : BackboneElement
    {
        [FhirElement("actor", Order = 40)]
        [Cardinality(Min = 1, Max = 1)]
        [References("Practitioner", "Organization", "Patient", "Device", "RelatedPerson")]
        public partial ResourceReference? Actor { get; set; }

        [FhirElement("onBehalfOf", Order = 50)]
        [References("Organization")]
        public partial ResourceReference? OnBehalfOf { get; set; }
    }

    [FhirType("MedicationDispense.substitution", IsBackboneType = true)]
    public partial class SubstitutionComponent : BackboneElement
    {
        [FhirElement("wasSubstituted", Order = 40)]
        [Cardinality(Min = 1, Max = 1)]
        public partial FhirBoolean? WasSubstitutedElement { get; set; }

        [FhirElement("type", Order = 50)]
        [Binding("MedicationIntendedSubstitutionType")]
        public partial CodeableConcept? Type { get; set; }

        [FhirElement("reason", Order = 60)]
        [Cardinality(Min = 0, Max = -1)]
        [Binding("MedicationIntendedSubstitutionReason")]
        public partial List<CodeableConcept> Reason { get; set; }

        [FhirElement("responsibleParty", Order = 70)]
        [Cardinality(Min = 0, Max = -1)]
        [References("Practitioner")]
        public partial List<ResourceReference> ResponsibleParty { get; set; }
    }
}
