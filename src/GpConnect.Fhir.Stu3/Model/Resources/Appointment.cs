using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("Appointment", "http://hl7.org/fhir/StructureDefinition/Appointment")]
public partial class Appointment : DomainResource
{
    [FhirElement("identifier", Order = 90, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Identifier> Identifier { get; set; }

    [FhirElement("status", Order = 100, InSummary = true, IsModifier = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("AppointmentStatus")]
    public partial Code<AppointmentStatus>? StatusElement { get; set; }

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

    [FhirElement("appointmentType", Order = 140, InSummary = true)]
    [Binding("appointment-type")]
    public partial CodeableConcept? AppointmentType { get; set; }

    [FhirElement("reason", Order = 150, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("ApptReason")]
    public partial List<CodeableConcept> Reason { get; set; }

    [FhirElement("indication", Order = 160)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Condition", "Procedure")]
    public partial List<ResourceReference> Indication { get; set; }

    [FhirElement("priority", Order = 170)]
    public partial UnsignedInt? PriorityElement { get; set; }

    [FhirElement("description", Order = 180)]
    public partial FhirString? DescriptionElement { get; set; }

    [FhirElement("supportingInformation", Order = 190)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Resource")]
    public partial List<ResourceReference> SupportingInformation { get; set; }

    [FhirElement("start", Order = 200, InSummary = true)]
    public partial Instant? StartElement { get; set; }

    [FhirElement("end", Order = 210, InSummary = true)]
    public partial Instant? EndElement { get; set; }

    [FhirElement("minutesDuration", Order = 220)]
    public partial PositiveInt? MinutesDurationElement { get; set; }

    [FhirElement("slot", Order = 230)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Slot")]
    public partial List<ResourceReference> Slot { get; set; }

    [FhirElement("created", Order = 240)]
    public partial FhirDateTime? CreatedElement { get; set; }

    [FhirElement("comment", Order = 250)]
    public partial FhirString? CommentElement { get; set; }

    [FhirElement("incomingReferral", Order = 260)]
    [Cardinality(Min = 0, Max = -1)]
    [References("ReferralRequest")]
    public partial List<ResourceReference> IncomingReferral { get; set; }

    [FhirElement("participant", Order = 270)]
    [Cardinality(Min = 1, Max = -1)]
    public partial List<ParticipantComponent> Participant { get; set; }

    [FhirElement("requestedPeriod", Order = 280)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Period> RequestedPeriod { get; set; }

    [FhirType("Appointment.participant", IsBackboneType = true)]
    public partial class ParticipantComponent : BackboneElement
    {
        [FhirElement("type", Order = 40, InSummary = true)]
        [Cardinality(Min = 0, Max = -1)]
        [Binding("ParticipantType")]
        public partial List<CodeableConcept> Type { get; set; }

        [FhirElement("actor", Order = 50, InSummary = true)]
        [References("Patient", "Practitioner", "RelatedPerson", "Device", "HealthcareService", "Location")]
        public partial ResourceReference? Actor { get; set; }

        [FhirElement("required", Order = 60, InSummary = true)]
        [Binding("ParticipantRequired")]
        public partial Code<ParticipantRequired>? RequiredElement { get; set; }

        [FhirElement("status", Order = 70)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("ParticipationStatus")]
        public partial Code<ParticipationStatus>? StatusElement { get; set; }
    }
}
