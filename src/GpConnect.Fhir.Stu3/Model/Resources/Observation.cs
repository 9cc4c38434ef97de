using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;
using Range = Hl7.Fhir.Model.Range;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("Observation", "http://hl7.org/fhir/StructureDefinition/Observation")]
public partial class Observation : DomainResource
{
    [FhirElement("identifier", Order = 90, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Identifier> Identifier { get; set; }

    [FhirElement("basedOn", Order = 100, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("CarePlan", "DeviceRequest", "ImmunizationRecommendation", "MedicationRequest", "NutritionOrder", "ProcedureRequest", "ReferralRequest")]
    public partial List<ResourceReference> BasedOn { get; set; }

    [FhirElement("status", Order = 110, InSummary = true, IsModifier = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("ObservationStatus")]
    public partial Code<ObservationStatus>? StatusElement { get; set; }

    [FhirElement("category", Order = 120)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("ObservationCategory")]
    public partial List<CodeableConcept> Category { get; set; }

    [FhirElement("code", Order = 130, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("ObservationCode")]
    public partial CodeableConcept? Code { get; set; }

    [FhirElement("subject", Order = 140, InSummary = true)]
    [References("Patient", "Group", "Device", "Location")]
    public partial ResourceReference? Subject { get; set; }

    [FhirElement("context", Order = 150)]
    [References("Encounter", "EpisodeOfCare")]
    public partial ResourceReference? Context { get; set; }

    [FhirElement("effective", Order = 160, InSummary = true, Choice = ChoiceType.DatatypeChoice)]
    [AllowedTypes(typeof(FhirDateTime), typeof(Period))]
    public partial DataType? Effective { get; set; }

    [FhirElement("issued", Order = 170, InSummary = true)]
    public partial Instant? IssuedElement { get; set; }

    [FhirElement("performer", Order = 180, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Practitioner", "Organization", "Patient", "RelatedPerson")]
    public partial List<ResourceReference> Performer { get; set; }

    [FhirElement("value", Order = 190, InSummary = true, Choice = ChoiceType.DatatypeChoice)]
    [AllowedTypes(typeof(Quantity), typeof(CodeableConcept), typeof(FhirString), typeof(FhirBoolean), typeof(Range), typeof(Ratio), typeof(SampledData), typeof(Attachment), typeof(Time), typeof(FhirDateTime), typeof(Period))]
    public partial DataType? Value { get; set; }

    [FhirElement("dataAbsentReason", Order = 200)]
    [Binding("ObservationValueAbsentReason")]
    public partial CodeableConcept? DataAbsentReason { get; set; }

    [FhirElement("interpretation", Order = 210)]
    [Binding("ObservationInterpretation")]
    public partial CodeableConcept? Interpretation { get; set; }

    [FhirElement("comment", Order = 220)]
    public partial FhirString? CommentElement { get; set; }

    [FhirElement("bodySite", Order = 230)]
    [Binding("BodySite")]
    public partial CodeableConcept? BodySite { get; set; }

    [FhirElement("method", Order = 240)]
    [Binding("ObservationMethod")]
    public partial CodeableConcept? Method { get; set; }

    [FhirElement("specimen", Order = 250)]
    [References("Specimen")]
    public partial ResourceReference? Specimen { get; set; }

    [FhirElement("device", Order = 260)]
    [References("Device", "DeviceMetric")]
    public partial ResourceReference? Device { get; set; }

    [FhirElement("referenceRange", Order = 270)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<ReferenceRangeComponent> ReferenceRange { get; set; }

    [FhirElement("related", Order = 280, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<RelatedComponent> Related { get; set; }

    [FhirElement("component", Order = 290, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<ComponentComponent> Component { get; set; }

    [FhirType("Observation.referenceRange", IsBackboneType = true)]
    public partial class ReferenceRangeComponent : BackboneElement
    {
        [FhirElement("low", Order = 40)]
        public partial Quantity? Low { get; set; }

        [FhirElement("high", Order = 50)]
        public partial Quantity? High { get; set; }

        [FhirElement("type", Order = 60)]
        [Binding("ObservationRangeMeaning")]
        public partial CodeableConcept? Type { get; set; }

        [FhirElement("appliesTo", Order = 70)]
        [Cardinality(Min = 0, Max = -1)]
        [Binding("ObservationRangeType")]
        public partial List<CodeableConcept> AppliesTo { get; set; }

        [FhirElement("age", Order = 80)]
        public partial Range? Age { get; set; }

        [FhirElement("text", Order = 90)]
        public partial FhirString? TextElement { get; set; }
    }

    [FhirType("Observation.related", IsBackboneType = true)]
    public partial class RelatedComponent : BackboneElement
    {
        [FhirElement("type", Order = 40)]
        [Binding("ObservationRelationshipType")]
        public partial Code<ObservationRelationshipType>? TypeElement { get; set; }

        [FhirElement("target", Order = 50)]
        [Cardinality(Min = 1, Max = 1)]
        [References("Observation", "QuestionnaireResponse", "Sequence")]
        public partial ResourceReference? Target { get; set; }
    }

    [FhirType("Observation.component", IsBackboneType = true)]
    public partial class ComponentComponent : BackboneElement
    {
        [FhirElement("code", Order = 40, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("ObservationCode")]
        public partial CodeableConcept? Code { get; set; }

        [FhirElement("value", Order = 50, InSummary = true, Choice = ChoiceType.DatatypeChoice)]
        [AllowedTypes(typeof(Quantity), typeof(CodeableConcept), typeof(FhirString), typeof(Range), typeof(Ratio), typeof(SampledData), typeof(Attachment), typeof(Time), typeof(FhirDateTime), typeof(Period))]
        public partial DataType? Value { get; set; }

        [FhirElement("dataAbsentReason", Order = 60)]
        [Binding("ObservationValueAbsentReason")]
        public partial CodeableConcept? DataAbsentReason { get; set; }

        [FhirElement("interpretation", Order = 70)]
        [Binding("ObservationInterpretation")]
        public partial CodeableConcept? Interpretation { get; set; }

        [FhirElement("referenceRange", Order = 80)]
        [Cardinality(Min = 0, Max = -1)]
        public partial List<ReferenceRangeComponent> ReferenceRange { get; set; }
    }
}
