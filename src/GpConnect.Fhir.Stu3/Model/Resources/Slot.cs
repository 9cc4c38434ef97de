using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("Slot", "http://hl7.org/fhir/StructureDefinition/Slot")]
public partial class Slot : DomainResource
{
    [FhirElement("identifier", Order = 90, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Identifier> Identifier { get; set; }

    [FhirElement("serviceCategory", Order = 100, InSummary = true)]
    [Binding("service-category")]
    public partial CodeableConcept? ServiceCategory { get; set; }

    [FhirElement("serviceType", Order = 110, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("service-type")]
    public partial List<CodeableConcept> ServiceType { get; set; }

    [FhirElement("specialty", Order = 120, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("specialty")]
    public partial List<CodeableConcept> Specialty { get; set; }

    [FhirElement("appointmentType", Order = 130, InSummary = true)]
    [Binding("appointment-type")]
    public partial CodeableConcept? AppointmentType { get; set; }

    [FhirElement("schedule", Order = 140, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    [References("Schedule")]
    public partial ResourceReference? Schedule { get; set; }

    [FhirElement("status", Order = 150, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("SlotStatus")]
    public partial Code<SlotStatus>? StatusElement { get; set; }

    [FhirElement("start", Order = 160, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    public partial Instant? StartElement { get; set; }

    [FhirElement("end", Order = 170, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    public partial Instant? EndElement { get; set; }

    [FhirElement("overbooked", Order = 180)]
    public partial FhirBoolean? OverbookedElement { get; set; }

    [FhirElement("comment", Order = 190)]
    public partial FhirString? CommentElement { get; set; }
}
