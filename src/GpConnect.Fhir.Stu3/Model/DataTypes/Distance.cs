using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace GpConnect.Fhir.Stu3.Model;

[FhirType("Distance", "http://hl7.org/fhir/StructureDefinition/Distance")]
public partial class Distance : Quantity
{
}
