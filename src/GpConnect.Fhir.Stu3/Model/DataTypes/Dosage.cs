using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;
using Range = Hl7.Fhir.Model.Range;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("Dosage", "http://hl7.org/fhir/StructureDefinition/Dosage")]
public partial class Dosage : DataType
{
    [FhirElement("sequence", Order = 30, InSummary = true)]
    public partial Integer? SequenceElement { get; set; }

    [FhirElement("text", Order = 40, InSummary = true)]
    public partial FhirString? TextElement { get; set; }

    [FhirElement("additionalInstruction", Order = 50, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    [Binding("AdditionalInstruction")]
    public partial List<CodeableConcept> AdditionalInstruction { get; set; }

    [FhirElement("patientInstruction", Order = 60, InSummary = true)]
    public partial FhirString? PatientInstructionElement { get; set; }

    [FhirElement("timing", Order = 70, InSummary = true)]
    public partial Timing? Timing { get; set; }

    [FhirElement("asNeeded", Order = 80, InSummary = true, Choice = ChoiceType.DatatypeChoice)]
    [AllowedTypes(typeof(FhirBoolean), typeof(CodeableConcept))]
    [Binding("MedicationAsNeededReason")]
    public partial DataType? AsNeeded { get; set; }

    [FhirElement("site", Order = 90, InSummary = true)]
    [Binding("MedicationAdministrationSite")]
    public partial CodeableConcept? Site { get; set; }

    [FhirElement("route", Order = 100, InSummary = true)]
    [Binding("RouteOfAdministration")]
    public partial CodeableConcept? Route { get; set; }

    [FhirElement("method", Order = 110, InSummary = true)]
    [Binding("MedicationAdministrationMethod")]
    public partial CodeableConcept? Method { get; set; }

    [FhirElement("dose", Order = 120, InSummary = true, Choice = ChoiceType.DatatypeChoice)]
    [AllowedTypes(typeof(Range), typeof(Quantity))]
    public partial DataType? Dose { get; set; }

    [FhirElement("maxDosePerPeriod", Order = 130, InSummary = true)]
    public partial Ratio? MaxDosePerPeriod { get; set; }

    [FhirElement("maxDosePerAdministration", Order = 140, InSummary = true)]
    public partial Quantity? MaxDosePerAdministration { get; set; }

    [FhirElement("maxDosePerLifetime", Order = 150, InSummary = true)]
    public partial Quantity? MaxDosePerLifetime { get; set; }

    [FhirElement("rate", Order = 160, InSummary = true, Choice = ChoiceType.DatatypeChoice)]
    [AllowedTypes(typeof(Ratio), typeof(Range), typeof(Quantity))]
    public partial DataType? Rate { get; set; }
}
