using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;
using Range = Hl7.Fhir.Model.Range;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("AllergyIntolerance", "http://hl7.org/fhir/StructureDefinition/AllergyIntolerance")]
public partial class AllergyIntolerance : DomainResource
{
    [FhirElement("identifier", Order = 90, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Identifier> Identifier { get; set; }

    [FhirElement("clinicalStatus", Order = 100, InSummary = true, IsModifier = true)]
    [Binding("AllergyIntoleranceClinicalStatus")]
    public partial Code<AllergyIntoleranceClinicalStatus>? ClinicalStatusElement { get; set; }

    [FhirElement("verificationStatus", Order = 110, InSummary = true, IsModifier = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("AllergyIntoleranceVerificationStatus")]
    public partial Code<AllergyIntoleranceVerificationStatus>? VerificationStatusElement { get; set; }

    [FhirElement("type", Order = 120, InSummary = true)]
    [Binding("AllergyIntoleranceType")]
    public partial Code<AllergyIntoleranceType>? TypeElement { get; set; }

    [FhirElement("category", Order = 130, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("AllergyIntoleranceCategory")]
    public partial List<Code<AllergyIntoleranceCategory>> CategoryElement { get; set; }

    [FhirElement("criticality", Order = 140, InSummary = true)]
    [Binding("AllergyIntoleranceCriticality")]
    public partial Code<AllergyIntoleranceCriticality>? CriticalityElement { get; set; }

    [FhirElement("code", Order = 150, InSummary = true)]
    [Binding("AllergyIntoleranceCode")]
    public partial CodeableConcept? Code { get; set; }

    [FhirElement("patient", Order = 160, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    [References("Patient")]
    public partial ResourceReference? Patient { get; set; }

    [FhirElement("onset", Order = 170, Choice = ChoiceType.DatatypeChoice)]
    [AllowedTypes(typeof(FhirDateTime), typeof(Age), typeof(Period), typeof(Range), typeof(FhirString))]
    public partial DataType? Onset { get; set; }

    [FhirElement("assertedDate", Order = 180)]
    public partial FhirDateTime? AssertedDateElement { get; set; }

    [FhirElement("recorder", Order = 190)]
    [References("Practitioner", "Patient")]
    public partial ResourceReference? Recorder { get; set; }

    [FhirElement("asserter", Order = 200, InSummary = true)]
    [References("Patient", "RelatedPerson", "Practitioner")]
    public partial ResourceReference? Asserter { get; set; }

    [FhirElement("lastOccurrence", Order = 210)]
    public partial FhirDateTime? LastOccurrenceElement { get; set; }

    [FhirElement("note", Order = 220)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Annotation> Note { get; set; }

    [FhirElement("reaction", Order = 230)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<ReactionComponent> Reaction { get; set; }

    [FhirType("AllergyIntolerance.reaction", IsBackboneType = true)]
    public partial class ReactionComponent : BackboneElement
    {
        [FhirElement("substance", Order = 40)]
        [Binding("SubstanceCode")]
        public partial CodeableConcept? Substance { get; set; }

        [FhirElement("manifestation", Order = 50)]
        [Cardinality(Min = 1, Max = -1)]
        [Binding("Manifestation")]
        public partial List<CodeableConcept> Manifestation { get; set; }

        [FhirElement("description", Order = 60)]
        public partial FhirString? DescriptionElement { get; set; }

        [FhirElement("onset", Order = 70)]
        public partial FhirDateTime? OnsetElement { get; set; }

        [FhirElement("severity", Order = 80)]
        [Binding("AllergyIntoleranceSeverity")]
        public partial Code<AllergyIntoleranceSeverity>? SeverityElement { get; set; }

        [FhirElement("exposureRoute", Order = 90)]
        [Binding("RouteOfAdministration")]
        public partial CodeableConcept? ExposureRoute { get; set; }

        [FhirElement("note", Order = 100)]
        [Cardinality(Min = 0, Max = -1)]
        public partial List<Annotation> Note { get; set; }
    }
}
