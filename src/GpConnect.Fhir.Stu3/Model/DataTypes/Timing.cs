using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;
using Range = Hl7.Fhir.Model.Range;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("Timing", "http://hl7.org/fhir/StructureDefinition/Timing")]
public partial class Timing : DataType
{
    [FhirElement("event", Order = 30, InSummary = true)]
    [Cardinality(Min = 0, Max = -1)]
    public partial List<FhirDateTime> EventElement { get; set; }

    [FhirElement("repeat", Order = 40, InSummary = true)]
    public partial RepeatComponent? Repeat { get; set; }

    [FhirElement("code", Order = 50, InSummary = true)]
    [Binding("TimingAbbreviation")]
    public partial CodeableConcept? Code { get; set; }

    [FhirType("Timing.repeat", IsBackboneType = true)]
    public partial class RepeatComponent : Element
    {
        [FhirElement("bounds", Order = 30, InSummary = true, Choice = ChoiceType.DatatypeChoice)]
        [AllowedTypes(typeof(Duration), typeof(Range), typeof(Period))]
        public partial DataType? Bounds { get; set; }

        [FhirElement("count", Order = 40, InSummary = true)]
        public partial Integer? CountElement { get; set; }

        [FhirElement("countMax", Order = 50, InSummary = true)]
        public partial Integer? CountMaxElement { get; set; }

        [FhirElement("duration", Order = 60, InSummary = true)]
        public partial FhirDecimal? DurationElement { get; set; }

        [FhirElement("durationMax", Order = 70, InSummary = true)]
        public partial FhirDecimal? DurationMaxElement { get; set; }

        [FhirElement("durationUnit", Order = 80, InSummary = true)]
        [Binding("UnitsOfTime")]
        public partial Code<UnitsOfTime>? DurationUnitElement { get; set; }

        [FhirElement("frequency", Order = 90, InSummary = true)]
        public partial Integer? FrequencyElement { get; set; }

        [FhirElement("frequencyMax", Order = 100, InSummary = true)]
        public partial Integer? FrequencyMaxElement { get; set; }

        [FhirElement("period", Order = 110, InSummary = true)]
        public partial FhirDecimal? PeriodElement { get; set; }

        [FhirElement("periodMax", Order = 120, InSummary = true)]
        public partial FhirDecimal? PeriodMaxElement { get; set; }

        [FhirElement("periodUnit", Order = 130, InSummary = true)]
        [Binding("UnitsOfTime")]
        public partial Code<UnitsOfTime>? PeriodUnitElement { get; set; }

        [FhirElement("dayOfWeek", Order = 140, InSummary = true)]
        [Cardinality(Min = 0, Max = -1)]
        [Binding("DayOfWeek")]
        public partial List<Code<DaysOfWeek>> DayOfWeekElement { get; set; }

        [FhirElement("timeOfDay", Order = 150, InSummary = true)]
        [Cardinality(Min = 0, Max = -1)]
        public partial List<Time> TimeOfDayElement { get; set; }

        [FhirElement("when", Order = 160, InSummary = true)]
        [Cardinality(Min = 0, Max = -1)]
        [Binding("EventTiming")]
        public partial List<Code> WhenElement { get; set; }

        [FhirElement("offset", Order = 170, InSummary = true)]
        public partial UnsignedInt? OffsetElement { get; set; }
    }
}
