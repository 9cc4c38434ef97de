using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace GpConnect.Fhir.Stu3.Generators;

/// <summary>
/// Turns a [FhirType] class symbol into a <see cref="PocoModel"/>. Only partial property declarations carrying
/// [FhirElement] take part; a hand-written (non-partial) element property must implement the members itself.
/// </summary>
internal static class PocoModelReader
{
    private const string FhirElementAttribute = "Hl7.Fhir.Introspection.FhirElementAttribute";
    private const string ValueInterface = "Hl7.Fhir.Model.IValue<T>";
    private const string NullableValueInterface = "Hl7.Fhir.Model.INullableValue<T>";
    private const string ListType = "System.Collections.Generic.List<T>";

    private static readonly SymbolDisplayFormat QualifiedWithNullability =
        SymbolDisplayFormat.FullyQualifiedFormat.AddMiscellaneousOptions(
            SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static PocoModel? Read(INamedTypeSymbol type, AttributeData fhirType)
    {
        if (fhirType.ConstructorArguments.Length == 0 || fhirType.ConstructorArguments[0].Value is not string fhirTypeName)
        {
            return null;
        }

        var elements = type.GetMembers()
            .OfType<IPropertySymbol>()
            .Where(p => p.IsPartialDefinition)
            .Select(p => ReadElement(type, p))
            .Where(e => e is not null)
            .Select(e => e!)
            .OrderBy(e => e.Order)
            .ToList();

        var containing = new List<string>();
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            containing.Insert(0, $"partial class {outer.Name}");
        }

        var ns = type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString();
        var hintName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)
            .Replace("global::", string.Empty).Replace('<', '_').Replace('>', '_') + ".g.cs";

        return new PocoModel(hintName, ns, containing, type.Name, fhirTypeName, type.IsAbstract, elements);
    }

    private static PocoElement? ReadElement(INamedTypeSymbol owner, IPropertySymbol property)
    {
        var attribute = property.GetAttributes()
            .FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == FhirElementAttribute);
        if (attribute is null || attribute.ConstructorArguments.Length == 0 || attribute.ConstructorArguments[0].Value is not string fhirName)
        {
            return null;
        }

        var order = attribute.NamedArguments.Where(a => a.Key == "Order").Select(a => (int)a.Value.Value!).FirstOrDefault();
        var propertyType = property.Type.ToDisplayString(QualifiedWithNullability);
        var typeForPattern = property.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated)
            .ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

        ITypeSymbol? listItem = null;
        if (property.Type is INamedTypeSymbol named && named.OriginalDefinition.ToDisplayString() == ListType)
        {
            listItem = named.TypeArguments[0];
        }

        var accessibility = SyntaxFacts(property.DeclaredAccessibility);
        var convenience = ReadConvenience(owner, property, listItem ?? property.Type, listItem is not null);

        return new PocoElement(property.Name, fhirName, order, propertyType, typeForPattern,
            listItem?.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            accessibility, convenience);
    }

    /// <summary>
    /// A convenience accessor is written only for "XxxElement" properties over a primitive whose value type
    /// can be passed to a one-argument constructor, and only when the class does not already declare "Xxx".
    /// </summary>
    private static PocoConvenience? ReadConvenience(INamedTypeSymbol owner, IPropertySymbol property, ITypeSymbol elementType, bool isList)
    {
        const string suffix = "Element";
        if (!property.Name.EndsWith(suffix, System.StringComparison.Ordinal) || property.Name.Length == suffix.Length)
        {
            return null;
        }

        var name = property.Name.Substring(0, property.Name.Length - suffix.Length);
        if (owner.GetMembers(name).Any())
        {
            return null;
        }

        var valueType = FindValueType(elementType);
        if (valueType is null || elementType is not INamedTypeSymbol namedElement
            || !namedElement.InstanceConstructors.Any(c => c.Parameters.Length == 1
                && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated), valueType.WithNullableAnnotation(NullableAnnotation.NotAnnotated))))
        {
            return null;
        }

        var valueDisplay = valueType.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        if (!valueType.IsValueType)
        {
            valueDisplay += "?";
        }

        var elementDisplay = elementType.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        return new PocoConvenience(name, isList ? $"global::System.Collections.Generic.IEnumerable<{valueDisplay}>?" : valueDisplay, elementDisplay);
    }

    /// <summary>
    /// Code&lt;T&gt; implements both IValue&lt;string&gt; and INullableValue&lt;T&gt;; the enum is the useful one,
    /// so INullableValue&lt;T&gt; wins and yields <c>T?</c>.
    /// </summary>
    private static ITypeSymbol? FindValueType(ITypeSymbol elementType)
    {
        var nullable = elementType.AllInterfaces.FirstOrDefault(i => i.OriginalDefinition.ToDisplayString() == NullableValueInterface);
        if (nullable is not null)
        {
            var nullableOfT = elementType.AllInterfaces
                .Where(i => i.OriginalDefinition.ToDisplayString() == ValueInterface)
                .Select(i => i.TypeArguments[0])
                .FirstOrDefault(t => t.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T);
            return nullableOfT;
        }

        var values = elementType.AllInterfaces.Where(i => i.OriginalDefinition.ToDisplayString() == ValueInterface).ToList();
        return values.Count == 1 ? values[0].TypeArguments[0] : null;
    }

    private static string SyntaxFacts(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Public => "public",
        Accessibility.Internal => "internal",
        Accessibility.Protected => "protected",
        Accessibility.ProtectedOrInternal => "protected internal",
        Accessibility.ProtectedAndInternal => "private protected",
        _ => "private",
    };
}
