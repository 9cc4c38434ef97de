using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("Flag", "http://hl7.org/fhir/StructureDefinition/Flag")]
public partial class Flag : DomainResource
{
    [FhirElement("identifier", Order = 90, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Identifier> Identifier { get; set; }

    [FhirElement("status", Order = 100, InSummary = true, IsModifier = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("FlagStatus")]
    public partial Code<FlagStatus>? StatusElement { get; set; }

    [FhirElement("category", Order = 110, InSummary = true)]
    [Binding("FlagCategory")]
    public partial CodeableConcept? Category { get; set; }

    [FhirElement("code", Order = 120, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("FlagCode")]
    public partial CodeableConcept? Code { get; set; }

    [FhirElement("subject", Order = 130, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    [References("Patient", "Location", "Group", "Organization", "Practitioner", "PlanDefinition", "Medication", "Procedure")]
    public partial ResourceReference? Subject { get; set; }

    [FhirElement("period", Order = 140, InSummary = true)]
    public partial Period? Period { get; set; }

    [FhirElement("encounter", Order = 150, InSummary = true)]
    [References("Encounter")]
    public partial ResourceReference? Encounter { get; set; }

    [FhirElement("author", Order = 160, InSummary = true)]
    [References("Device", "Organization", "Patient", "Practitioner")]
    public partial ResourceReference? Author { get; set; }
}
