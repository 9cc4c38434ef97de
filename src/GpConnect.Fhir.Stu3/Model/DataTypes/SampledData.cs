using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("SampledData", "http://hl7.org/fhir/StructureDefinition/SampledData")]
public partial class SampledData : DataType
{
    [FhirElement("origin", Order = 30, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    public partial Quantity? Origin { get; set; }

    [FhirElement("period", Order = 40, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    public partial FhirDecimal? PeriodElement { get; set; }

    [FhirElement("factor", Order = 50, InSummary = true)]
    public partial FhirDecimal? FactorElement { get; set; }

    [FhirElement("lowerLimit", Order = 60, InSummary = true)]
    public partial FhirDecimal? LowerLimitElement { get; set; }

    [FhirElement("upperLimit", Order = 70, InSummary = true)]
    public partial FhirDecimal? UpperLimitElement { get; set; }

    [FhirElement("dimensions", Order = 80, InSummary = true)]
    [Cardinality(Min = 1, Max = 1)]
    public partial PositiveInt? DimensionsElement { get; set; }

    [FhirElement("data", Order = 90)]
    [Cardinality(Min = 1, Max = 1)]
    public partial FhirString? DataElement { get; set; }
}
