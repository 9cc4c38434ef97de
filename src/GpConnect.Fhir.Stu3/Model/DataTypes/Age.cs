using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("Age", "http://hl7.org/fhir/StructureDefinition/Age")]
public partial class Age : Quantity
{
}
