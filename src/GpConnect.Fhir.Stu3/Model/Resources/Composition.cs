using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("Composition", "http://hl7.org/fhir/StructureDefinition/Composition")]
public partial class Composition : DomainResource
{
    [FhirElement("identifier", Order = 90, InSummary = true)]
    public partial Identifier? Identifier { get; set; }

    [FhirElement("status", Order = 100, InSummary = true, IsModifier = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("CompositionStatus")]
    public partial Code<CompositionStatus>? StatusElement { get; set; }

    [FhirElement("type", Order = 110, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("DocumentType")]
    public partial CodeableConcept? Type { get; set; }

    [FhirElement("class", Order = 120, InSummary = true)]
    [Binding("DocumentClass")]
    public partial CodeableConcept? Class { get; set; }

    [FhirElement("subject", Order = 130, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    [References("Resource")]
    public partial ResourceReference? Subject { get; set; }

    [FhirElement("encounter", Order = 140, InSummary = true)]
    [References("Encounter")]
    public partial ResourceReference? Encounter { get; set; }

    [FhirElement("date", Order = 150, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    public partial FhirDateTime? DateElement { get; set; }

    [FhirElement("author", Order = 160, InSummary = true)]
    [Cardinality(Min = 1, Max = -1)]
    [References("Practitioner", "Device", "Patient", "RelatedPerson")]
    public partial List<ResourceReference> Author { get; set; }

    [FhirElement("title", Order = 170, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    public partial FhirString? TitleElement { get; set; }

    [FhirElement("confidentiality", Order = 180, InSummary = true, IsModifier = true)]
    [Binding("DocumentConfidentiality")]
    public partial Code<ConfidentialityClassification>? ConfidentialityElement { get; set; }

    [FhirElement("attester", Order = 190, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<AttesterComponent> Attester { get; set; }

    [FhirElement("custodian", Order = 200, InSummary = true)]
    [References("Organization")]
    public partial ResourceReference? Custodian { get; set; }

    [FhirElement("relatesTo", Order = 210, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<RelatesToComponent> RelatesTo { get; set; }

    [FhirElement("event", Order = 220, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<EventComponent> Event { get; set; }

    [FhirElement("section", Order = 230)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<SectionComponent> Section { get; set; }

    [FhirType("Composition.attester", IsBackboneType = true)]
    public partial class AttesterComponent : BackboneElement
    {
        [FhirElement("mode", Order = 40, InSummary = true)]
        [Cardinality(Min = 1, Max = -1)]
        [Binding("CompositionAttestationMode")]
        public partial List<Code<CompositionAttestationMode>> ModeElement { get; set; }

        [FhirElement("time", Order = 50, InSummary = true)]
        public partial FhirDateTime? TimeElement { get; set; }

        [FhirElement("party", Order = 60, InSummary = true)]
        [References("Patient", "Practitioner", "Organization")]
        public partial ResourceReference? Party { get; set; }
    }

    [FhirType("Composition.relatesTo", IsBackboneType = true)]
    public partial class RelatesToComponent : BackboneElement
    {
        [FhirElement("code", Order = 40, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("DocumentRelationshipType")]
        public partial Code<DocumentRelationshipType>? CodeElement { get; set; }

        [FhirElement("target", Order = 50, InSummary = true, Choice = ChoiceType.DatatypeChoice)]
        [Cardinality(Min = 1, Max = 1)]
        [AllowedTypes(typeof(Identifier), typeof(ResourceReference))]
        [References("Composition")]
        public partial DataType? Target { get; set; }
    }

    [FhirType("Composition.event", IsBackboneType = true)]
    public partial class EventComponent : BackboneElement
    {
        [FhirElement("code", Order = 40, InSummary = true)]
        [Cardinality(Min = 0, Max = -1)]
        [Binding("DocumentEventType")]
        public partial List<CodeableConcept> Code { get; set; }

        [FhirElement("period", Order = 50, InSummary = true)]
        public partial Period? Period { get; set; }

        [FhirElement("detail", Order = 60, InSummary = true)]
        [Cardinality(Min = 0, Max = -1)]
        [References("Resource")]
        public partial List<ResourceReference> Detail { get; set; }
    }

    [FhirType("Composition.section", IsBackboneType = true)]
    public partial class SectionComponent : BackboneElement
    {
        [FhirElement("title", Order = 40)]
        public partial FhirString? TitleElement { get; set; }

        [FhirElement("code", Order = 50)]
        [Binding("CompositionSectionType")]
        public partial CodeableConcept? Code { get; set; }

        [FhirElement("text", Order = 60)]
        public partial Narrative? Text { get; set; }

        [FhirElement("mode", Order = 70, InSummary = true, IsModifier = true)]
        [Binding("SectionMode")]
        public partial Code<ListMode>? ModeElement { get; set; }

        [FhirElement("orderedBy", Order = 80)]
        [Binding("SectionEntryOrder")]
        public partial CodeableConcept? OrderedBy { get; set; }

        [FhirElement("entry", Order = 90)]
        [Cardinality(Min = 0, Max = -1)]
        [References("Resource")]
        public partial List<ResourceReference> Entry { get; set; }

        [FhirElement("emptyReason", Order = 100)]
        [Binding("SectionEmptyReason")]
        public partial CodeableConcept? EmptyReason { get; set; }

        [FhirElement("section", Order = 110)]
        [Cardinality(Min = 0, Max = -1)]
        public partial List<SectionComponent> Section { get; set; }
    }
}
