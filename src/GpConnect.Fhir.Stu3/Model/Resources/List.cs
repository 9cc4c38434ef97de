using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("List", "http://hl7.org/fhir/StructureDefinition/List")]
public partial class List : DomainResource
{
    [FhirElement("identifier", Order = 90)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Identifier> Identifier { get; set; }

    [FhirElement("status", Order = 100, InSummary = true, IsModifier = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("ListStatus")]
    public partial Code<ListStatus>? StatusElement { get; set; }

    [FhirElement("mode", Order = 110, InSummary = true, IsModifier = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("ListMode")]
    public partial Code<ListMode>? ModeElement { get; set; }

    [FhirElement("title", Order = 120, InSummary = true)]
    public partial FhirString? TitleElement { get; set; }

    [FhirElement("code", Order = 130, InSummary = true)]
    [Binding("ListPurpose")]
    public partial CodeableConcept? Code { get; set; }

    [FhirElement("subject", Order = 140, InSummary = true)]
    [References("Patient", "Group", "Device", "Location")]
    public partial ResourceReference? Subject { get; set; }

    [FhirElement("encounter", Order = 150)]
    [References("Encounter")]
    public partial ResourceReference? Encounter { get; set; }

    [FhirElement("date", Order = 160, InSummary = true)]
    public partial FhirDateTime? DateElement { get; set; }

    [FhirElement("source", Order = 170, InSummary = true)]
    [References("Practitioner", "Patient", "Device")]
    public partial ResourceReference? Source { get; set; }

    [FhirElement("orderedBy", Order = 180)]
    [Binding("ListOrder")]
    public partial CodeableConcept? OrderedBy { get; set; }

    [FhirElement("note", Order = 190)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Annotation> Note { get; set; }

    [FhirElement("entry", Order = 200)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<EntryComponent> Entry { get; set; }

    [FhirElement("emptyReason", Order = 210)]
    [Binding("ListEmptyReason")]
    public partial CodeableConcept? EmptyReason { get; set; }

    [FhirType("List.entry", IsBackboneType = true)]
    public partial class EntryComponent : BackboneElement
    {
        [FhirElement("flag", Order = 40)]
        [Binding("ListItemFlag")]
        public partial CodeableConcept? Flag { get; set; }

        [FhirElement("deleted", Order = 50, IsModifier = true)]
        public partial FhirBoolean? DeletedElement { get; set; }

        [FhirElement("date", Order = 60)]
        public partial FhirDateTime? DateElement { get; set; }

        [FhirElement("item", Order = 70)]
        [Cardinality(Min = 1, Max = 1)]
        [References("Resource")]
        public partial ResourceReference? Item { get; set; }
    }
}
