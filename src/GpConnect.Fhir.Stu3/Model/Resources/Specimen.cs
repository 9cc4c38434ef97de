using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("Specimen", "http://hl7.org/fhir/StructureDefinition/Specimen")]
public partial class Specimen : DomainResource
{
    [FhirElement("identifier", Order = 90, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Identifier> Identifier { get; set; }

    [FhirElement("accessionIdentifier", Order = 100, InSummary = true)]
    public partial Identifier? AccessionIdentifier { get; set; }

    [FhirElement("status", Order = 110, InSummary = true, IsModifier = true)]
    [Binding("SpecimenStatus")]
    public partial Code<SpecimenStatus>? StatusElement { get; set; }

    [FhirElement("type", Order = 120, InSummary = true)]
    [Binding("SpecimenType")]
    public partial CodeableConcept? Type { get; set; }

    [FhirElement("subject", Order = 130, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    [References("Patient", "Group", "Device", "Substance")]
    public partial ResourceReference? Subject { get; set; }

    [FhirElement("receivedTime", Order = 140, InSummary = true)]
    public partial FhirDateTime? ReceivedTimeElement { get; set; }

    [FhirElement("parent", Order = 150)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Specimen")]
    public partial List<ResourceReference> Parent { get; set; }

    [FhirElement("request", Order = 160)]
    [Cardinality(Min = 0, Max = -1)]
    [References("ProcedureRequest")]
    public partial List<ResourceReference> Request { get; set; }

    [FhirElement("collection", Order = 170)]
    public partial CollectionComponent? Collection { get; set; }

    [FhirElement("processing", Order = 180)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<ProcessingComponent> Processing { get; set; }

    [FhirElement("container", Order = 190)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<ContainerComponent> Container { get; set; }

    [FhirElement("note", Order = 200)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Annotation> Note { get; set; }

    [FhirType("Specimen.collection", IsBackboneType = true)]
    public partial class CollectionComponent : BackboneElement
    {
        [FhirElement("collector", Order = 40, InSummary = true)]
        [References("Practitioner")]
        public partial ResourceReference? Collector { get; set; }

        [FhirElement("collected", Order = 50, InSummary = true, Choice = ChoiceType.DatatypeChoice)]
        [AllowedTypes(typeof(FhirDateTime), typeof(Period))]
        public partial DataType? Collected { get; set; }

        [FhirElement("quantity", Order = 60)]
        public partial Quantity? Quantity { get; set; }

        [FhirElement("method", Order = 70)]
        [Binding("SpecimenCollectionMethod")]
        public partial CodeableConcept? Method { get; set; }

        [FhirElement("bodySite", Order = 80)]
        [Binding("BodySite")]
        public partial CodeableConcept? BodySite { get; set; }
    }

    [FhirType("Specimen.processing", IsBackboneType = true)]
    public partial class ProcessingComponent : BackboneElement
    {
        [FhirElement("description", Order = 40)]
        public partial FhirString? DescriptionElement { get; set; }

        [FhirElement("procedure", Order = 50)]
        [Binding("SpecimenProcessingProcedure")]
        public partial CodeableConcept? Procedure { get; set; }

        [FhirElement("additive", Order = 60)]
        [Cardinality(Min = 0, Max = -1)]
        [References("Substance")]
        public partial List<ResourceReference> Additive { get; set; }

        [FhirElement("time", Order = 70, Choice = ChoiceType.DatatypeChoice)]
        [AllowedTypes(typeof(FhirDateTime), typeof(Period))]
        public partial DataType? Time { get; set; }
    }

    [FhirType("Specimen.container", IsBackboneType = true)]
    public partial class ContainerComponent : BackboneElement
    {
        [FhirElement("identifier", Order = 40, InSummary = true)]
        [Cardinality(Min = 0, Max = -1)]
        public partial List<Identifier> Identifier { get; set; }

        [FhirElement("description", Order = 50)]
        public partial FhirString? DescriptionElement { get; set; }

        [FhirElement("type", Order = 60)]
        [Binding("SpecimenContainerType")]
        public partial CodeableConcept? Type { get; set; }

        [FhirElement("capacity", Order = 70)]
        public partial Quantity? Capacity { get; set; }

        [FhirElement("specimenQuantity", Order = 80)]
        public partial Quantity? SpecimenQuantity { get; set; }

        [FhirElement("additive", Order = 90, Choice = ChoiceType.DatatypeChoice)]
        [AllowedTypes(typeof(CodeableConcept), typeof(ResourceReference))]
        [References("Substance")]
        [Binding("SpecimenContainerAdditive")]
        public partial DataType? Additive { get; set; }
    }
}
