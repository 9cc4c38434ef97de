namespace GpConnect.Fhir.Stu3.Scaffold;

/// <summary>A top-level STU3 resource or datatype, with its backbone components flattened inside it.</summary>
internal sealed record TypeDeclaration(
    string ClassName,
    string FhirName,
    string Canonical,
    string BaseClass,
    bool IsResource,
    IReadOnlyList<ElementDeclaration> Elements,
    IReadOnlyList<ComponentDeclaration> Components);

/// <summary>A backbone (or, inside datatypes, Element-based) component: "Observation.referenceRange".</summary>
internal sealed record ComponentDeclaration(
    string ClassName,
    string FhirPath,
    string BaseClass,
    IReadOnlyList<ElementDeclaration> Elements);

internal sealed record ElementDeclaration(
    string FhirName,
    string PropertyName,
    int Order,
    string CSharpType,
    bool IsList,
    bool InSummary,
    bool IsModifier,
    int Min,
    int Max,
    string? Choice,
    IReadOnlyList<string> AllowedTypes,
    IReadOnlyList<string> References,
    string? BindingName);

/// <summary>An enum generated from an STU3 value set for a required binding on a code element.</summary>
internal sealed record EnumDeclaration(
    string Name,
    string BindingName,
    string ValueSetUrl,
    string DefaultSystem,
    IReadOnlyList<EnumMember> Members);

internal sealed record EnumMember(string Name, string Code, string System, string? Display);
