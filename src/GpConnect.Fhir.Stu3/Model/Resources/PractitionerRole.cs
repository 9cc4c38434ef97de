using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("PractitionerRole", "http://hl7.org/fhir/StructureDefinition/PractitionerRole")]
public partial class PractitionerRole : DomainResource
{
    [FhirElement("identifier", Order = 90, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Identifier> Identifier { get; set; }

    [FhirElement("active", Order = 100, InSummary = true)]
    public partial FhirBoolean? ActiveElement { get; set; }

    [FhirElement("period", Order = 110, InSummary = true)]
    public partial Period? Period { get; set; }

    [FhirElement("practitioner", Order = 120, InSummary = true)]
    [References("Practitioner")]
    public partial ResourceReference? Practitioner { get; set; }

    [FhirElement("organization", Order = 130, InSummary = true)]
    [References("Organization")]
    public partial ResourceReference? Organization { get; set; }

    [FhirElement("code", Order = 140, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("PractitionerRole")]
    public partial List<CodeableConcept> Code { get; set; }

    [FhirElement("specialty", Order = 150, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("PractitionerSpecialty")]
    public partial List<CodeableConcept> Specialty { get; set; }

    [FhirElement("location", Order = 160, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Location")]
    public partial List<ResourceReference> Location { get; set; }

    [FhirElement("healthcareService", Order = 170)]
    [Cardinality(Min = 0, Max = -1)]
    [References("HealthcareService")]
    public partial List<ResourceReference> HealthcareService { get; set; }

    [FhirElement("telecom", Order = 180, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<ContactPoint> Telecom { get; set; }

    [FhirElement("availableTime", Order = 190)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<AvailableTimeComponent> AvailableTime { get; set; }

    [FhirElement("notAvailable", Order = 200)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<NotAvailableComponent> NotAvailable { get; set; }

    [FhirElement("availabilityExceptions", Order = 210)]
    public partial FhirString? AvailabilityExceptionsElement { get; set; }

    [FhirElement("endpoint", Order = 220)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Endpoint")]
    public partial List<ResourceReference> Endpoint { get; set; }

    [FhirType("PractitionerRole.availableTime", IsBackboneType = true)]
    public partial class AvailableTimeComponent : BackboneElement
    {
        [FhirElement("daysOfWeek", Order = 40)]
        [Cardinality(Min = 0, Max = -1)]
        [Binding("DaysOfWeek")]
        public partial List<Code<DaysOfWeek>> DaysOfWeekElement { get; set; }

        [FhirElement("allDay", Order = 50)]
        public partial FhirBoolean? AllDayElement { get; set; }

        [FhirElement("availableStartTime", Order = 60)]
        public partial Time? AvailableStartTimeElement { get; set; }

        [FhirElement("availableEndTime", Order = 70)]
        public partial Time? AvailableEndTimeElement { get; set; }
    }

    [FhirType("PractitionerRole.notAvailable", IsBackboneType = true)]
    public partial class NotAvailableComponent : BackboneElement
    {
        [FhirElement("description", Order = 40)]
        [Cardinality(Min = 1, Max = 1)]
        public partial FhirString? DescriptionElement { get; set; }

        [FhirElement("during", Order = 50)]
        public partial Period? During { get; set; }
    }
}
