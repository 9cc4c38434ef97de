using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("Annotation", "http://hl7.org/fhir/StructureDefinition/Annotation")]
public partial class Annotation : DataType
{
    [FhirElement("author", Order = 30, InSummary = true, Choice = ChoiceType.DatatypeChoice)]
    [AllowedTypes(typeof(ResourceReference), typeof(FhirString))]
    [References("Practitioner", "Patient", "RelatedPerson")]
    public partial DataType? Author { get; set; }

    [FhirElement("time", Order = 40, InSummary = true)]
    public partial FhirDateTime? TimeElement { get; set; }

    [FhirElement("text", Order = 50)]
    [Cardinality(Min = 1, Max = 1)]
    public partial FhirString? TextElement { get; set; }
}
