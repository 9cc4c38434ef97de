using Hl7.Fhir.Introspection;
using Hl7.Fhir.Specification;

[assembly: FhirModelAssembly(FhirRelease.STU3)]

namespace GpConnect.Fhir.Stu3;

/// <summary>The STU3 (3.0.2) model: our resources plus the release-neutral types of Hl7.Fhir.Base.</summary>
public static class ModelInfo
{
    public static string Version => "3.0.2";
}
