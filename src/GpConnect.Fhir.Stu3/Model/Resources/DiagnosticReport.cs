using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("DiagnosticReport", "http://hl7.org/fhir/StructureDefinition/DiagnosticReport")]
public partial class DiagnosticReport : DomainResource
{
    [FhirElement("identifier", Order = 90, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Identifier> Identifier { get; set; }

    [FhirElement("basedOn", Order = 100)]
    [Cardinality(Min = 0, Max = -1)]
    [References("CarePlan", "ImmunizationRecommendation", "MedicationRequest", "NutritionOrder", "ProcedureRequest", "ReferralRequest")]
    public partial List<ResourceReference> BasedOn { get; set; }

    [FhirElement("status", Order = 110, InSummary = true, IsModifier = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("DiagnosticReportStatus")]
    public partial Code<DiagnosticReportStatus>? StatusElement { get; set; }

    [FhirElement("category", Order = 120, InSummary = true)]
    [Binding("DiagnosticServiceSection")]
    public partial CodeableConcept? Category { get; set; }

    [FhirElement("code", Order = 130, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("DiagnosticReportCodes")]
    public partial CodeableConcept? Code { get; set; }

    [FhirElement("subject", Order = 140, InSummary = true)]
    [References("Patient", "Group", "Device", "Location")]
    public partial ResourceReference? Subject { get; set; }

    [FhirElement("context", Order = 150, InSummary = true)]
    [References("Encounter", "EpisodeOfCare")]
    public partial ResourceReference? Context { get; set; }

    [FhirElement("effective", Order = 160, InSummary = true, Choice = ChoiceType.DatatypeChoice)]
    [AllowedTypes(typeof(FhirDateTime), typeof(Period))]
    public partial DataType? Effective { get; set; }

    [FhirElement("issued", Order = 170, InSummary = true)]
    public partial Instant? IssuedElement { get; set; }

    [FhirElement("performer", Order = 180, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<PerformerComponent> Performer { get; set; }

    [FhirElement("specimen", Order = 190)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Specimen")]
    public partial List<ResourceReference> Specimen { get; set; }

    [FhirElement("result", Order = 200)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Observation")]
    public partial List<ResourceReference> Result { get; set; }

    [FhirElement("imagingStudy", Order = 210)]
    [Cardinality(Min = 0, Max = -1)]
    [References("ImagingStudy", "ImagingManifest")]
    public partial List<ResourceReference> ImagingStudy { get; set; }

    [FhirElement("image", Order = 220, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<ImageComponent> Image { get; set; }

    [FhirElement("conclusion", Order = 230)]
    public partial FhirString? ConclusionElement { get; set; }

    [FhirElement("codedDiagnosis", Order = 240)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("AdjunctDiagnosis")]
    public partial List<CodeableConcept> CodedDiagnosis { get; set; }

    [FhirElement("presentedForm", Order = 250)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Attachment> PresentedForm { get; set; }

    [FhirType("DiagnosticReport.performer", IsBackboneType = true)]
    public partial class PerformerComponent : BackboneElement
    {
        [FhirElement("role", Order = 40, InSummary = true)]
        [Binding("Role")]
        public partial CodeableConcept? Role { get; set; }

        [FhirElement("actor", Order = 50, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [References("Practitioner", "Organization")]
        public partial ResourceReference? Actor { get; set; }
    }

    [FhirType("DiagnosticReport.image", IsBackboneType = true)]
    public partial class ImageComponent : BackboneElement
    {
        [FhirElement("comment", Order = 40)]
        public partial FhirString? CommentElement { get; set; }

        [FhirElement("link", Order = 50, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [References("Media")]
        public partial ResourceReference? Link { get; set; }
    }
}
