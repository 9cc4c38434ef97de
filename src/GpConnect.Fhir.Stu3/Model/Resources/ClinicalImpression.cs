using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("ClinicalImpression", "http://hl7.org/fhir/StructureDefinition/ClinicalImpression")]
public partial class ClinicalImpression : DomainResource
{
    [FhirElement("identifier", Order = 90, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Identifier> Identifier { get; set; }

    [FhirElement("status", Order = 100, InSummary = true, IsModifier = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("ClinicalImpressionStatus")]
    public partial Code<ClinicalImpressionStatus>? StatusElement { get; set; }

    [FhirElement("code", Order = 110, InSummary = true)]
    [Binding("ClinicalImpressionCode")]
    public partial CodeableConcept? Code { get; set; }

    [FhirElement("description", Order = 120, InSummary = true)]
    public partial FhirString? DescriptionElement { get; set; }

    [FhirElement("subject", Order = 130, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    [References("Patient", "Group")]
    public partial ResourceReference? Subject { get; set; }

    [FhirElement("context", Order = 140, InSummary = true)]
    [References("Encounter", "EpisodeOfCare")]
    public partial ResourceReference? Context { get; set; }

    [FhirElement("effective", Order = 150, InSummary = true, Choice = ChoiceType.DatatypeChoice)]
    [AllowedTypes(typeof(FhirDateTime), typeof(Period))]
    public partial DataType? Effective { get; set; }

    [FhirElement("date", Order = 160, InSummary = true)]
    public partial FhirDateTime? DateElement { get; set; }

    [FhirElement("assessor", Order = 170, InSummary = true)]
    [References("Practitioner")]
    public partial ResourceReference? Assessor { get; set; }

    [FhirElement("previous", Order = 180)]
    [References("ClinicalImpression")]
    public partial ResourceReference? Previous { get; set; }

    [FhirElement("problem", Order = 190, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Condition", "AllergyIntolerance")]
    public partial List<ResourceReference> Problem { get; set; }

    [FhirElement("investigation", Order = 200)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<InvestigationComponent> Investigation { get; set; }

    [FhirElement("protocol", Order = 210)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<FhirUri> ProtocolElement { get; set; }

    [FhirElement("summary", Order = 220)]
    public partial FhirString? SummaryElement { get; set; }

    [FhirElement("finding", Order = 230)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<FindingComponent> Finding { get; set; }

    [FhirElement("prognosisCodeableConcept", Order = 240)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("ClinicalImpressionPrognosis")]
    public partial List<CodeableConcept> PrognosisCodeableConcept { get; set; }

    [FhirElement("prognosisReference", Order = 250)]
    [Cardinality(Min = 0, Max = -1)]
    [References("RiskAssessment")]
    public partial List<ResourceReference> PrognosisReference { get; set; }

    [FhirElement("action", Order = 260)]
    [Cardinality(Min = 0, Max = -1)]
    [References("ReferralRequest", "ProcedureRequest", "Procedure", "MedicationRequest", "Appointment")]
    public partial List<ResourceReference> Action { get; set; }

    [FhirElement("note", Order = 270)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Annotation> Note { get; set; }

    [FhirType("ClinicalImpression.investigation", IsBackboneType = true)]
    public partial class InvestigationComponent : BackboneElement
    {
        [FhirElement("code", Order = 40)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("InvestigationGroupType")]
        public partial CodeableConcept? Code { get; set; }

        [FhirElement("item", Order = 50)]
        [Cardinality(Min = 0, Max = -1)]
        [References("Observation", "QuestionnaireResponse", "FamilyMemberHistory", "DiagnosticReport", "RiskAssessment", "ImagingStudy")]
        public partial List<ResourceReference> Item { get; set; }
    }

    [FhirType("ClinicalImpression.finding", IsBackboneType = true)]
    public partial class FindingComponent : BackboneElement
    {
        [FhirElement("item", Order = 40, Choice = ChoiceType.DatatypeChoice)]
        [Cardinality(Min = 1, Max = 1)]
        [AllowedTypes(typeof(CodeableConcept), typeof(ResourceReference))]
        [References("Condition", "Observation")]
        [Binding("ConditionKind")]
        public partial DataType? Item { get; set; }

        [FhirElement("basis", Order = 50)]
        public partial FhirString? BasisElement { get; set; }
    }
}
