using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("Encounter", "http://hl7.org/fhir/StructureDefinition/Encounter")]
public partial class Encounter : DomainResource
{
    [FhirElement("identifier", Order = 90, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Identifier> Identifier { get; set; }

    [FhirElement("status", Order = 100, InSummary = true, IsModifier = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("EncounterStatus")]
    public partial Code<EncounterStatus>? StatusElement { get; set; }

    [FhirElement("statusHistory", Order = 110)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<StatusHistoryComponent> StatusHistory { get; set; }

    [FhirElement("class", Order = 120, InSummary = true)]
    [Binding("EncounterClass")]
    public partial Coding? Class { get; set; }

    [FhirElement("classHistory", Order = 130)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<ClassHistoryComponent> ClassHistory { get; set; }

    [FhirElement("type", Order = 140, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("EncounterType")]
    public partial List<CodeableConcept> Type { get; set; }

    [FhirElement("priority", Order = 150)]
    [Binding("Priority")]
    public partial CodeableConcept? Priority { get; set; }

    [FhirElement("subject", Order = 160, InSummary = true)]
    [References("Patient", "Group")]
    public partial ResourceReference? Subject { get; set; }

    [FhirElement("episodeOfCare", Order = 170, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [References("EpisodeOfCare")]
    public partial List<ResourceReference> EpisodeOfCare { get; set; }

    [FhirElement("incomingReferral", Order = 180)]
    [Cardinality(Min = 0, Max = -1)]
    [References("ReferralRequest")]
    public partial List<ResourceReference> IncomingReferral { get; set; }

    [FhirElement("participant", Order = 190, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<ParticipantComponent> Participant { get; set; }

    [FhirElement("appointment", Order = 200, InSummary = true)]
    [References("Appointment")]
    public partial ResourceReference? Appointment { get; set; }

    [FhirElement("period", Order = 210)]
    public partial Period? Period { get; set; }

    [FhirElement("length", Order = 220)]
    public partial Duration? Length { get; set; }

    [FhirElement("reason", Order = 230, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("EncounterReason")]
    public partial List<CodeableConcept> Reason { get; set; }

    [FhirElement("diagnosis", Order = 240, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<DiagnosisComponent> Diagnosis { get; set; }

    [FhirElement("account", Order = 250)]
    [Cardinality(Min = 0, Max = -1)]
    [References("Account")]
    public partial List<ResourceReference> Account { get; set; }

    [FhirElement("hospitalization", Order = 260)]
    public partial HospitalizationComponent? Hospitalization { get; set; }

    [FhirElement("location", Order = 270)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<LocationComponent> Location { get; set; }

    [FhirElement("serviceProvider", Order = 280)]
    [References("Organization")]
    public partial ResourceReference? ServiceProvider { get; set; }

    [FhirElement("partOf", Order = 290)]
    [References("Encounter")]
    public partial ResourceReference? PartOf { get; set; }

    [FhirType("Encounter.statusHistory", IsBackboneType = true)]
    public partial class StatusHistoryComponent : BackboneElement
    {
        [FhirElement("status", Order = 40)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("EncounterStatus")]
        public partial Code<EncounterStatus>? StatusElement { get; set; }

        [FhirElement("period", Order = 50)]
        [Cardinality(Min = 1, Max = 1)]
        public partial Period? Period { get; set; }
    }

    [FhirType("Encounter.classHistory", IsBackboneType = true)]
    public partial class ClassHistoryComponent : BackboneElement
    {
        [FhirElement("class", Order = 40)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("EncounterClass")]
        public partial Coding? Class { get; set; }

        [FhirElement("period", Order = 50)]
        [Cardinality(Min = 1, Max = 1)]
        public partial Period? Period { get; set; }
    }

    [FhirType("Encounter.participant", IsBackboneType = true)]
    public partial class ParticipantComponent : BackboneElement
    {
        [FhirElement("type", Order = 40, InSummary = true)]
        [Cardinality(Min = 0, Max = -1)]
        [Binding("ParticipantType")]
        public partial List<CodeableConcept> Type { get; set; }

        [FhirElement("period", Order = 50)]
        public partial Period? Period { get; set; }

        [FhirElement("individual", Order = 60, InSummary = true)]
        [References("Practitioner", "RelatedPerson")]
        public partial ResourceReference? Individual { get; set; }
    }

    [FhirType("Encounter.diagnosis", IsBackboneType = true)]
    public partial class DiagnosisComponent : BackboneElement
    {
        [FhirElement("condition", Order = 40)]
        [Cardinality(Min = 1, Max = 1)]
        [References("Condition", "Procedure")]
        public partial ResourceReference? Condition { get; set; }

        [FhirElement("role", Order = 50)]
        [Binding("DiagnosisRole")]
        public partial CodeableConcept? Role { get; set; }

        [FhirElement("rank", Order = 60)]
        public partial PositiveInt? RankElement { get; set; }
    }

    [FhirType("Encounter.hospitalization", IsBackboneType = true)]
    public partial class HospitalizationComponent : BackboneElement
    {
        [FhirElement("preAdmissionIdentifier", Order = 40)]
        public partial Identifier? PreAdmissionIdentifier { get; set; }

        [FhirElement("origin", Order = 50)]
        [References("Location")]
        public partial ResourceReference? Origin { get; set; }

        [FhirElement("admitSource", Order = 60)]
        [Binding("AdmitSource")]
        public partial CodeableConcept? AdmitSource { get; set; }

        [FhirElement("reAdmission", Order = 70)]
        [Binding("ReAdmissionType")]
        public partial CodeableConcept? ReAdmission { get; set; }

        [FhirElement("dietPreference", Order = 80)]
        [Cardinality(Min = 0, Max = -1)]
        [Binding("PatientDiet")]
        public partial List<CodeableConcept> DietPreference { get; set; }

        [FhirElement("specialCourtesy", Order = 90)]
        [Cardinality(Min = 0, Max = -1)]
        [Binding("Courtesies")]
        public partial List<CodeableConcept> SpecialCourtesy { get; set; }

        [FhirElement("specialArrangement", Order = 100)]
        [Cardinality(Min = 0, Max = -1)]
        [Binding("Arrangements")]
        public partial List<CodeableConcept> SpecialArrangement { get; set; }

        [FhirElement("destination", Order = 110)]
        [References("Location")]
        public partial ResourceReference? Destination { get; set; }

        [FhirElement("dischargeDisposition", Order = 120)]
        [Binding("DischargeDisp")]
        public partial CodeableConcept? DischargeDisposition { get; set; }
    }

    [FhirType("Encounter.location", IsBackboneType = true)]
    public partial class LocationComponent : BackboneElement
    {
        [FhirElement("location", Order = 40)]
        [Cardinality(Min = 1, Max = 1)]
        [References("Location")]
        public partial ResourceReference? Location { get; set; }

        [FhirElement("status", Order = 50)]
        [Binding("EncounterLocationStatus")]
        public partial Code<EncounterLocationStatus>? StatusElement { get; set; }

        [FhirElement("period", Order = 60)]
        public partial Period? Period { get; set; }
    }
}
