using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;
using Range = Hl7.Fhir.Model.Range;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("Condition", "http://hl7.org/fhir/StructureDefinition/Condition")]
public partial class Condition : DomainResource
{
    [FhirElement("identifier", Order = 90, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Identifier> Identifier { get; set; }

    [FhirElement("clinicalStatus", Order = 100, InSummary = true, IsModifier = true)]
    [Binding("ConditionClinicalStatus")]
    public partial Code<ConditionClinicalStatusCodes>? ClinicalStatusElement { get; set; }

    [FhirElement("verificationStatus", Order = 110, InSummary = true, IsModifier = true)]
    [Binding("ConditionVerificationStatus")]
    public partial Code<ConditionVerificationStatus>? VerificationStatusElement { get; set; }

    [FhirElement("category", Order = 120)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("ConditionCategory")]
    public partial List<CodeableConcept> Category { get; set; }

    [FhirElement("severity", Order = 130)]
    [Binding("ConditionSeverity")]
    public partial CodeableConcept? Severity { get; set; }

    [FhirElement("code", Order = 140, InSummary = true)]
    [Binding("ConditionKind")]
    public partial CodeableConcept? Code { get; set; }

    [FhirElement("bodySite", Order = 150, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("BodySite")]
    public partial List<CodeableConcept> BodySite { get; set; }

    [FhirElement("subject", Order = 160, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    [References("Patient", "Group")]
    public partial ResourceReference? Subject { get; set; }

    [FhirElement("context", Order = 170, InSummary = true)]
    [References("Encounter", "EpisodeOfCare")]
    public partial ResourceReference? Context { get; set; }

    [FhirElement("onset", Order = 180, InSummary = true, Choice = ChoiceType.DatatypeChoice)]
    [AllowedTypes(typeof(FhirDateTime), typeof(Age), typeof(Period), typeof(Range), typeof(FhirString))]
    public partial DataType? Onset { get; set; }

    [FhirElement("abatement", Order = 190, Choice = ChoiceType.DatatypeChoice)]
    [AllowedTypes(typeof(FhirDateTime), typeof(Age), typeof(FhirBoolean), typeof(Period), typeof(Range), typeof(FhirString))]
    public partial DataType? Abatement { get; set; }

    [FhirElement("assertedDate", Order = 200, InSummary = true)]
    public partial FhirDateTime? AssertedDateElement { get; set; }

    [FhirElement("asserter", Order = 210, InSummary = true)]
    [References("Practitioner", "Patient", "RelatedPerson")]
    public partial ResourceReference? Asserter { get; set; }

    [FhirElement("stage", Order = 220)]
    public partial StageComponent? Stage { get; set; }

    [FhirElement("evidence", Order = 230)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<EvidenceComponent> Evidence { get; set; }

    [FhirElement("note", Order = 240)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Annotation> Note { get; set; }

    [FhirType("Condition.stage", IsBackboneType = true)]
    public partial class StageComponent : BackboneElement
    {
        [FhirElement("summary", Order = 40)]
        [Binding("ConditionStage")]
        public partial CodeableConcept? Summary { get; set; }

        [FhirElement("assessment", Order = 50)]
        [Cardinality(Min = 0, Max = -1)]
        [References("ClinicalImpression", "DiagnosticReport", "Observation")]
        public partial List<ResourceReference> Assessment { get; set; }
    }

    [FhirType("Condition.evidence", IsBackboneType = true)]
    public partial class EvidenceComponent : BackboneElement
    {
        [FhirElement("code", Order = 40, InSummary = true)]
        [Cardinality(Min = 0, Max = -1)]
        [Binding("ManifestationOrSymptom")]
        public partial List<CodeableConcept> Code { get; set; }

        [FhirElement("detail", Order = 50, InSummary = true)]
        [Cardinality(Min = 0, Max = -1)]
        [References("Resource")]
        public partial List<ResourceReference> Detail { get; set; }
    }
}
