using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("HealthcareService", "http://hl7.org/fhir/StructureDefinition/HealthcareService")]
public partial class HealthcareService : DomainResource
{
    [FhirElement("identifier", Order = 90, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Identifier> Identifier { get; set; }

    [FhirElement("active", Order = 100, InSummary = true, IsModifier = true)]
    public partial FhirBoolean? ActiveElement { get; set; }

    [FhirElement("providedBy", Order = 110, InSummary = true)]
    [References("Organization")]
    public partial ResourceReference? ProvidedBy { get; set; }

    [FhirElement("category", Order = 120, InSummary = true)]
    [Binding("service-category")]
    public partial CodeableConcept? Category { get; set; }

    [FhirElement("type", Order = 130, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("service-type")]
    public partial List<CodeableConcept> Type { get; set; }

    [FhirElement("specialty", Order = 140, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("service-specialty")]
    public partial List<CodeableConcept> Specialty { get; set; }

    [FhirElement("location", Order = 150, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Location")]
    public partial List<ResourceReference> Location { get; set; }

    [FhirElement("name", Order = 160, InSummary = true)]
    public partial FhirString? NameElement { get; set; }

    [FhirElement("comment", Order = 170, InSummary = true)]
    public partial FhirString? CommentElement { get; set; }

    [FhirElement("extraDetails", Order = 180)]
    public partial FhirString? ExtraDetailsElement { get; set; }

    [FhirElement("photo", Order = 190, InSummary = true)]
    public partial Attachment? Photo { get; set; }

    [FhirElement("telecom", Order = 200)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<ContactPoint> Telecom { get; set; }

    [FhirElement("coverageArea", Order = 210)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Location")]
    public partial List<ResourceReference> CoverageArea { get; set; }

    [FhirElement("serviceProvisionCode", Order = 220)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("ServiceProvisionConditions")]
    public partial List<CodeableConcept> ServiceProvisionCode { get; set; }

    [FhirElement("eligibility", Order = 230)]
    [Binding("ServiceEligibility")]
    public partial CodeableConcept? Eligibility { get; set; }

    [FhirElement("eligibilityNote", Order = 240)]
    public partial FhirString? EligibilityNoteElement { get; set; }

    [FhirElement("programName", Order = 250)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<FhirString> ProgramNameElement { get; set; }

    [FhirElement("characteristic", Order = 260)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("ServiceCharacteristic")]
    public partial List<CodeableConcept> Characteristic { get; set; }

    [FhirElement("referralMethod", Order = 270)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("ReferralMethod")]
    public partial List<CodeableConcept> ReferralMethod { get; set; }

    [FhirElement("appointmentRequired", Order = 280)]
    public partial FhirBoolean? AppointmentRequiredElement { get; set; }

    [FhirElement("availableTime", Order = 290)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<AvailableTimeComponent> AvailableTime { get; set; }

    [FhirElement("notAvailable", Order = 300)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<NotAvailableComponent> NotAvailable { get; set; }

    [FhirElement("availabilityExceptions", Order = 310)]
    public partial FhirString? AvailabilityExceptionsElement { get; set; }

    [FhirElement("endpoint", Order = 320)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Endpoint")]
    public partial List<ResourceReference> Endpoint { get; set; }

    [FhirType("HealthcareService.availableTime", IsBackboneType = true)]
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

    [FhirType("HealthcareService.notAvailable", IsBackboneType = true)]
    public partial class NotAvailableComponent : BackboneElement
    {
        [FhirElement("description", Order = 40)]
        [Cardinality(Min = 1, Max = 1)]
        public partial FhirString? DescriptionElement { get; set; }

        [FhirElement("during", Order = 50)]
        public partial Period? During { get; set; }
    }
}
