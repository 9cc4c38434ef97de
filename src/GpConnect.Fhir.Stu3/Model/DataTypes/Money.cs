using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("Money", "http://hl7.org/fhir/StructureDefinition/Money")]
public partial class Money : Quantity
{
}
