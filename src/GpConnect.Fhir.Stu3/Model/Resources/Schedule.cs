using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("Schedule", "http://hl7.org/fhir/StructureDefinition/Schedule")]
public partial class Schedule : DomainResource
{
    [FhirElement("identifier", Order = 90, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Identifier> Identifier { get; set; }

    [FhirElement("active", Order = 100, InSummary = true, IsModifier = true)]
    public partial FhirBoolean? ActiveElement { get; set; }

    [FhirElement("serviceCategory", Order = 110, InSummary = true)]
    [Binding("service-category")]
    public partial CodeableConcept? ServiceCategory { get; set; }

    [FhirElement("serviceType", Order = 120, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("service-type")]
    public partial List<CodeableConcept> ServiceType { get; set; }

    [FhirElement("specialty", Order = 130, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("specialty")]
    public partial List<CodeableConcept> Specialty { get; set; }

    [FhirElement("actor", Order = 140, InSummary = true)]
    [Cardinality(Min = 1, Max = -1)]
    [References("Patient", "Practitioner", "PractitionerRole", "RelatedPerson", "Device", "HealthcareService", "Location")]
    public partial List<ResourceReference> Actor { get; set; }

    [FhirElement("planningHorizon", Order = 150, InSummary = true)]
    public partial Period? PlanningHorizon { get; set; }

    [FhirElement("comment", Order = 160)]
    public partial FhirString? CommentElement { get; set; }
}
