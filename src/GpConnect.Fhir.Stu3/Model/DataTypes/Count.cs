using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("Count", "http://hl7.org/fhir/StructureDefinition/Count")]
public partial class Count : Quantity
{
}
