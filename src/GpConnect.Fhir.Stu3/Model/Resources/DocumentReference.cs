using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("DocumentReference", "http://hl7.org/fhir/StructureDefinition/DocumentReference")]
public partial class DocumentReference : DomainResource
{
    [FhirElement("masterIdentifier", Order = 90, InSummary = true)]
    public partial Identifier? MasterIdentifier { get; set; }

    [FhirElement("identifier", Order = 100, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Identifier> Identifier { get; set; }

    [FhirElement("status", Order = 110, InSummary = true, IsModifier = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("DocumentReferenceStatus")]
    public partial Code<DocumentReferenceStatus>? StatusElement { get; set; }

    [FhirElement("docStatus", Order = 120, InSummary = true)]
    [Binding("ReferredDocumentStatus")]
    public partial Code<CompositionStatus>? DocStatusElement { get; set; }

    [FhirElement("type", Order = 130, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("DocumentC80Type")]
    public partial CodeableConcept? Type { get; set; }

    [FhirElement("class", Order = 140, InSummary = true)]
    [Binding("DocumentC80Class")]
    public partial CodeableConcept? Class { get; set; }

    [FhirElement("subject", Order = 150, InSummary = true)]
    [References("Patient", "Practitioner", "Group", "Device")]
    public partial ResourceReference? Subject { get; set; }

    [FhirElement("created", Order = 160, InSummary = true)]
    public partial FhirDateTime? CreatedElement { get; set; }

    [FhirElement("indexed", Order = 170, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    public partial Instant? IndexedElement { get; set; }

    [FhirElement("author", Order = 180, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Practitioner", "Organization", "Device", "Patient", "RelatedPerson")]
    public partial List<ResourceReference> Author { get; set; }

    [FhirElement("authenticator", Order = 190, InSummary = true)]
    [References("Practitioner", "Organization")]
    public partial ResourceReference? Authenticator { get; set; }

    [FhirElement("custodian", Order = 200, InSummary = true)]
    [References("Organization")]
    public partial ResourceReference? Custodian { get; set; }

    [FhirElement("relatesTo", Order = 210, InSummary = true, IsModifier = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<RelatesToComponent> RelatesTo { get; set; }

    [FhirElement("description", Order = 220, InSummary = true)]
    public partial FhirString? DescriptionElement { get; set; }

    [FhirElement("securityLabel", Order = 230, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("SecurityLabels")]
    public partial List<CodeableConcept> SecurityLabel { get; set; }

    [FhirElement("content", Order = 240, InSummary = true)]
    [Cardinality(Min = 1, Max = -1)]
    public partial List<ContentComponent> Content { get; set; }

    [FhirElement("context", Order = 250, InSummary = true)]
    public partial ContextComponent? Context { get; set; }

    [FhirType("DocumentReference.relatesTo", IsBackboneType = true)]
    public partial class RelatesToComponent : BackboneElement
    {
        [FhirElement("code", Order = 40, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("DocumentRelationshipType")]
        public partial Code<DocumentRelationshipType>? CodeElement { get; set; }

        [FhirElement("target", Order = 50, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [References("DocumentReference")]
        public partial ResourceReference? Target { get; set; }
    }

    [FhirType("DocumentReference.content", IsBackboneType = true)]
    public partial class ContentComponent : BackboneElement
    {
        [FhirElement("attachment", Order = 40, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        public partial Attachment? Attachment { get; set; }

        [FhirElement("format", Order = 50, InSummary = true)]
        [Binding("DocumentFormat")]
        public partial Coding? Format { get; set; }
    }

    [FhirType("DocumentReference.context.related", IsBackboneType = true)]
    public partial class RelatedComponent : BackboneElement
    {
        [FhirElement("identifier", Order = 40, InSummary = true)]
        public partial Identifier? Identifier { get; set; }

        [FhirElement("ref", Order = 50, InSummary = true)]
        [References("Resource")]
        public partial ResourceReference? Ref { get; set; }
    }

    [FhirType("DocumentReference.context", IsBackboneType = true)]
    public partial class ContextComponent : BackboneElement
    {
        [FhirElement("encounter", Order = 40, InSummary = true)]
        [References("Encounter")]
        public partial ResourceReference? Encounter { get; set; }

        [FhirElement("event", Order = 50, InSummary = true)]
        [Cardinality(Min = 0, Max = -1)]
        [Binding("DocumentEventType")]
        public partial List<CodeableConcept> Event { get; set; }

        [FhirElement("period", Order = 60, InSummary = true)]
        public partial Period? Period { get; set; }

        [FhirElement("facilityType", Order = 70, InSummary = true)]
        [Binding("DocumentC80FacilityType")]
        public partial CodeableConcept? FacilityType { get; set; }

        [FhirElement("practiceSetting", Order = 80, InSummary = true)]
        [Binding("DocumentC80PracticeSetting")]
        public partial CodeableConcept? PracticeSetting { get; set; }

        [FhirElement("sourcePatientInfo", Order = 90, InSummary = true)]
        [References("Patient")]
        public partial ResourceReference? SourcePatientInfo { get; set; }

        [FhirElement("related", Order = 100, InSummary = true)]
        [Cardinality(Min = 0, Max = -1)]
        public partial List<RelatedComponent> Related { get; set; }
    }
}
