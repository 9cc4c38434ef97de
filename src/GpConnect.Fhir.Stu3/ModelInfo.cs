using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification;

[assembly: FhirModelAssembly(FhirRelease.STU3)]

namespace GpConnect.Fhir.Stu3;

/// <summary>
/// The STU3 (3.0.2) model: our resources plus the release-neutral types of Hl7.Fhir.Base. ModelInspector.Import
/// looks for an exported type named ModelInfo and reads <see cref="Version"/> and <see cref="OpenTypes"/> from it.
/// </summary>
public static class ModelInfo
{
    private static readonly Lazy<ModelInspector> _inspector = new(CreateInspector);

    public static string Version => "3.0.2";

    /// <summary>
    /// The STU3 open types (what Extension.value[x] may hold). Without this list Base defaults to every DataType,
    /// and the R4-only canonical/url/uuid would be accepted in strict mode.
    /// </summary>
#pragma warning disable CA2211 // ModelInspector.Import reads a public static field named OpenTypes, not a property
    public static readonly Type[] OpenTypes =
    [
        typeof(Base64Binary), typeof(FhirBoolean), typeof(Code), typeof(Date), typeof(FhirDateTime), typeof(FhirDecimal),
        typeof(Id), typeof(Instant), typeof(Integer), typeof(Markdown), typeof(Oid), typeof(PositiveInt), typeof(FhirString),
        typeof(Time), typeof(UnsignedInt), typeof(FhirUri),
        typeof(Address), typeof(Model.Age), typeof(Model.Annotation), typeof(Attachment), typeof(CodeableConcept), typeof(Coding),
        typeof(ContactPoint), typeof(Model.Count), typeof(Model.Distance), typeof(Duration), typeof(HumanName), typeof(Identifier),
        typeof(Model.Money), typeof(Period), typeof(Quantity), typeof(Hl7.Fhir.Model.Range), typeof(Ratio), typeof(ResourceReference),
        typeof(Model.SampledData), typeof(Signature), typeof(Model.Timing), typeof(Meta),
    ];
#pragma warning restore CA2211

    /// <summary>
    /// One STU3 inspector for the process. Built by hand because ModelInspector.ForAssembly is obsolete, and
    /// this assembly must not reference Hl7.Fhir.Conformance (an R4-only satellite the STU3 inspector refuses).
    /// </summary>
    public static ModelInspector ModelInspector => _inspector.Value;

    private static ModelInspector CreateInspector()
    {
        var inspector = new ModelInspector(FhirRelease.STU3);
        inspector.Import(typeof(ModelInfo).Assembly);
        inspector.Import(typeof(Resource).Assembly);
        return inspector;
    }
}
