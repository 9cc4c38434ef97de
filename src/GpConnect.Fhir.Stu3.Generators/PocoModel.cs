using System;
using System.Collections.Generic;
using System.Linq;

namespace GpConnect.Fhir.Stu3.Generators;

/// <summary>
/// Everything the writer needs about one [FhirType] class, as plain strings so the incremental pipeline
/// can compare it by value and skip regeneration when nothing relevant changed.
/// </summary>
internal sealed class PocoModel : IEquatable<PocoModel>
{
    public PocoModel(string hintName, string? @namespace, IReadOnlyList<string> containingTypes, string className,
        string fhirTypeName, bool isAbstract, IReadOnlyList<PocoElement> elements)
    {
        HintName = hintName;
        Namespace = @namespace;
        ContainingTypes = containingTypes;
        ClassName = className;
        FhirTypeName = fhirTypeName;
        IsAbstract = isAbstract;
        Elements = elements;
    }

    public string HintName { get; }

    public string? Namespace { get; }

    /// <summary>Declarations ("partial class Observation") of the enclosing classes of a backbone, outermost first.</summary>
    public IReadOnlyList<string> ContainingTypes { get; }

    public string ClassName { get; }

    public string FhirTypeName { get; }

    public bool IsAbstract { get; }

    public IReadOnlyList<PocoElement> Elements { get; }

    public bool Equals(PocoModel? other) =>
        other is not null && HintName == other.HintName && Namespace == other.Namespace
        && ContainingTypes.SequenceEqual(other.ContainingTypes) && ClassName == other.ClassName
        && FhirTypeName == other.FhirTypeName && IsAbstract == other.IsAbstract && Elements.SequenceEqual(other.Elements);

    public override bool Equals(object? obj) => Equals(obj as PocoModel);

    public override int GetHashCode() => HintName.GetHashCode();
}

/// <summary>One attributed partial property: its FHIR name, its C# types and its optional convenience accessor.</summary>
internal sealed class PocoElement : IEquatable<PocoElement>
{
    public PocoElement(string propertyName, string fhirName, int order, string propertyType, string typeForPattern,
        string? listItemType, string accessibility, PocoConvenience? convenience)
    {
        PropertyName = propertyName;
        FhirName = fhirName;
        Order = order;
        PropertyType = propertyType;
        TypeForPattern = typeForPattern;
        ListItemType = listItemType;
        Accessibility = accessibility;
        Convenience = convenience;
    }

    public string PropertyName { get; }

    public string FhirName { get; }

    public int Order { get; }

    /// <summary>The declared type, with its nullable annotation ("global::Hl7.Fhir.Model.Date?").</summary>
    public string PropertyType { get; }

    /// <summary>The declared type without annotation, usable in an <c>is</c> pattern and a cast.</summary>
    public string TypeForPattern { get; }

    /// <summary>The item type when the property is a <c>List&lt;T&gt;</c>, else null.</summary>
    public string? ListItemType { get; }

    public bool IsList => ListItemType is not null;

    public string Accessibility { get; }

    public PocoConvenience? Convenience { get; }

    public string FieldName => "_" + PropertyName;

    public bool Equals(PocoElement? other) =>
        other is not null && PropertyName == other.PropertyName && FhirName == other.FhirName && Order == other.Order
        && PropertyType == other.PropertyType && TypeForPattern == other.TypeForPattern && ListItemType == other.ListItemType
        && Accessibility == other.Accessibility && Equals(Convenience, other.Convenience);

    public override bool Equals(object? obj) => Equals(obj as PocoElement);

    public override int GetHashCode() => PropertyName.GetHashCode();
}

/// <summary>
/// Firely-style shortcut over a primitive element: <c>BirthDateElement</c> (Date) gets <c>string? BirthDate</c>,
/// <c>StatusElement</c> (Code&lt;T&gt;) gets <c>T? Status</c>, found through the element's IValue&lt;T&gt;.
/// </summary>
internal sealed class PocoConvenience : IEquatable<PocoConvenience>
{
    public PocoConvenience(string name, string valueType, string elementType)
    {
        Name = name;
        ValueType = valueType;
        ElementType = elementType;
    }

    public string Name { get; }

    /// <summary>The value type with its nullable marker ("string?", "global::System.Boolean?").</summary>
    public string ValueType { get; }

    /// <summary>The primitive element type to construct from a value ("global::Hl7.Fhir.Model.Date").</summary>
    public string ElementType { get; }

    public bool Equals(PocoConvenience? other) =>
        other is not null && Name == other.Name && ValueType == other.ValueType && ElementType == other.ElementType;

    public override bool Equals(object? obj) => Equals(obj as PocoConvenience);

    public override int GetHashCode() => Name.GetHashCode();
}
