using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("MedicationStatement", "http://hl7.org/fhir/StructureDefinition/MedicationStatement")]
public partial class MedicationStatement : DomainResource
{
    [FhirElement("identifier", Order = 90, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Identifier> Identifier { get; set; }

    [FhirElement("basedOn", Order = 100, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("MedicationRequest", "CarePlan", "ProcedureRequest", "ReferralRequest")]
    public partial List<ResourceReference> BasedOn { get; set; }

    [FhirElement("partOf", Order = 110, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("MedicationAdministration", "MedicationDispense", "MedicationStatement", "Procedure", "Observation")]
    public partial List<ResourceReference> PartOf { get; set; }

    [FhirElement("context", Order = 120, InSummary = true)]
    [References("Encounter", "EpisodeOfCare")]
    public partial ResourceReference? Context { get; set; }

    [FhirElement("status", Order = 130, InSummary = true, IsModifier = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("MedicationStatementStatus")]
    public partial Code<MedicationStatementStatus>? StatusElement { get; set; }

    [FhirElement("category", Order = 140, InSummary = true)]
    [Binding("MedicationStatementCategory")]
    public partial CodeableConcept? Category { get; set; }

    [FhirElement("medication", Order = 150, InSummary = true, Choice = ChoiceType.DatatypeChoice)]
    [Cardinality(Min = 1, Max = 1)]
    [AllowedTypes(typeof(CodeableConcept), typeof(ResourceReference))]
    [References("Medication")]
    [Binding("MedicationCode")]
    public partial DataType? Medication { get; set; }

    [FhirElement("effective", Order = 160, InSummary = true, Choice = ChoiceType.DatatypeChoice)]
    [AllowedTypes(typeof(FhirDateTime), typeof(Period))]
    public partial DataType? Effective { get; set; }

    [FhirElement("dateAsserted", Order = 170, InSummary = true)]
    public partial FhirDateTime? DateAssertedElement { get; set; }

    [FhirElement("informationSource", Order = 180)]
    [References("Patient", "Practitioner", "RelatedPerson", "Organization")]
    public partial ResourceReference? InformationSource { get; set; }

    [FhirElement("subject", Order = 190, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    [References("Patient", "Group")]
    public partial ResourceReference? Subject { get; set; }

    [FhirElement("derivedFrom", Order = 200)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Resource")]
    public partial List<ResourceReference> DerivedFrom { get; set; }

    [FhirElement("taken", Order = 210, InSummary = true, IsModifier = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("MedicationStatementTaken")]
    public partial Code<MedicationStatementTaken>? TakenElement { get; set; }

    [FhirElement("reasonNotTaken", Order = 220)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("MedicationStatementNotTakenReason")]
    public partial List<CodeableConcept> ReasonNotTaken { get; set; }

    [FhirElement("reasonCode", Order = 230)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("MedicationReason")]
    public partial List<CodeableConcept> ReasonCode { get; set; }

    [FhirElement("reasonReference", Order = 240)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Condition", "Observation")]
    public partial List<ResourceReference> ReasonReference { get; set; }

    [FhirElement("note", Order = 250)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Annotation> Note { get; set; }

    [FhirElement("dosage", Order = 260)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Dosage> Dosage { get; set; }
}
