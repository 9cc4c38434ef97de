using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("Immunization", "http://hl7.org/fhir/StructureDefinition/Immunization")]
public partial class Immunization : DomainResource
{
    [FhirElement("identifier", Order = 90)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Identifier> Identifier { get; set; }

    [FhirElement("status", Order = 100, InSummary = true, IsModifier = true)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("ImmunizationStatus")]
    public partial Code<ImmunizationStatusCodes>? StatusElement { get; set; }

    [FhirElement("notGiven", Order = 110, InSummary = true, IsModifier = true)]
    [Cardinality(Min = 1, Max = 1)]
    public partial FhirBoolean? NotGivenElement { get; set; }

    [FhirElement("vaccineCode", Order = 120)]
    [Cardinality(Min = 1, Max = 1)]
    [Binding("VaccineCode")]
    public partial CodeableConcept? VaccineCode { get; set; }

    [FhirElement("patient", Order = 130)]
    [Cardinality(Min = 1, Max = 1)]
    [References("Patient")]
    public partial ResourceReference? Patient { get; set; }

    [FhirElement("encounter", Order = 140)]
    [References("Encounter")]
    public partial ResourceReference? Encounter { get; set; }

    [FhirElement("date", Order = 150)]
    public partial FhirDateTime? DateElement { get; set; }

    [FhirElement("primarySource", Order = 160)]
    [Cardinality(Min = 1, Max = 1)]
    public partial FhirBoolean? PrimarySourceElement { get; set; }

    [FhirElement("reportOrigin", Order = 170)]
    [Binding("ImmunizationReportOrigin")]
    public partial CodeableConcept? ReportOrigin { get; set; }

    [FhirElement("location", Order = 180)]
    [References("Location")]
    public partial ResourceReference? Location { get; set; }

    [FhirElement("manufacturer", Order = 190)]
    [References("Organization")]
    public partial ResourceReference? Manufacturer { get; set; }

    [FhirElement("lotNumber", Order = 200)]
    public partial FhirString? LotNumberElement { get; set; }

    [FhirElement("expirationDate", Order = 210)]
    public partial Date? ExpirationDateElement { get; set; }

    [FhirElement("site", Order = 220)]
    [Binding("ImmunizationSite")]
    public partial CodeableConcept? Site { get; set; }

    [FhirElement("route", Order = 230)]
    [Binding("ImmunizationRoute")]
    public partial CodeableConcept? Route { get; set; }

    [FhirElement("doseQuantity", Order = 240)]
    public partial Quantity? DoseQuantity { get; set; }

    [FhirElement("practitioner", Order = 250, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<PractitionerComponent> Practitioner { get; set; }

    [FhirElement("note", Order = 260, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<Annotation> Note { get; set; }

    [FhirElement("explanation", Order = 270)]
    public partial ExplanationComponent? Explanation { get; set; }

    [FhirElement("reaction", Order = 280)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<ReactionComponent> Reaction { get; set; }

    [FhirElement("vaccinationProtocol", Order = 290)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<VaccinationProtocolComponent> VaccinationProtocol { get; set; }

    [FhirType("Immunization.practitioner", IsBackboneType = true)]
    public partial class PractitionerComponent : BackboneElement
    {
        [FhirElement("role", Order = 40, InSummary = true)]
        [Binding("ImmunizationRole")]
        public partial CodeableConcept? Role { get; set; }

        [FhirElement("actor", Order = 50, InSummary = true)]
        [Cardinality(Min = 1, Max = 1)]
        [References("Practitioner")]
        public partial ResourceReference? Actor { get; set; }
    }

    [FhirType("Immunization.explanation", IsBackboneType = true)]
    public partial class ExplanationComponent : BackboneElement
    {
        [FhirElement("reason", Order = 40)]
        [Cardinality(Min = 0, Max = -1)]
        [Binding("ImmunizationReason")]
        public partial List<CodeableConcept> Reason { get; set; }

        [FhirElement("reasonNotGiven", Order = 50)]
        [Cardinality(Min = 0, Max = -1)]
        [Binding("NoImmunizationReason")]
        public partial List<CodeableConcept> ReasonNotGiven { get; set; }
    }

    [FhirType("Immunization.reaction", IsBackboneType = true)]
    public partial class ReactionComponent : BackboneElement
    {
        [FhirElement("date", Order = 40)]
        public partial FhirDateTime? DateElement { get; set; }

        [FhirElement("detail", Order = 50)]
        [References("Observation")]
        public partial ResourceReference? Detail { get; set; }

        [FhirElement("reported", Order = 60)]
        public partial FhirBoolean? ReportedElement { get; set; }
    }

    [FhirType("Immunization.vaccinationProtocol", IsBackboneType = true)]
    public partial class VaccinationProtocolComponent : BackboneElement
    {
        [FhirElement("doseSequence", Order = 40)]
        public partial PositiveInt? DoseSequenceElement { get; set; }

        [FhirElement("description", Order = 50)]
        public partial FhirString? DescriptionElement { get; set; }

        [FhirElement("authority", Order = 60)]
        [References("Organization")]
        public partial ResourceReference? Authority { get; set; }

        [FhirElement("series", Order = 70)]
        public partial FhirString? SeriesElement { get; set; }

        [FhirElement("seriesDoses", Order = 80)]
        public partial PositiveInt? SeriesDosesElement { get; set; }

        [FhirElement("targetDisease", Order = 90)]
        [Cardinality(Min = 1, Max = -1)]
        [Binding("VaccinationProtocoltargetDisease")]
        public partial List<CodeableConcept> TargetDisease { get; set; }

        [FhirElement("doseStatus", Order = 100)]
        [Cardinality(Min = 1, Max = 1)]
        [Binding("VaccinationProtocolDoseStatus")]
        public partial CodeableConcept? DoseStatus { get; set; }

        [FhirElement("doseStatusReason", Order = 110)]
        [Binding("VaccinationProtocolDoseStatusReason")]
        public partial CodeableConcept? DoseStatusReason { get; set; }
    }
}
