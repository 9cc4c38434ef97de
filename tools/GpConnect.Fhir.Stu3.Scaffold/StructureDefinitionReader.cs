using System.Xml.Linq;

namespace GpConnect.Fhir.Stu3.Scaffold;

/// <summary>
/// Reads STU3 StructureDefinition snapshots into declarations. XML element order is Firely's numbering:
/// Resource 10–40 and DomainResource 50–80 are inherited, own resource elements start at 90; BackboneElement
/// components start at 40 (id, extension, modifierExtension before them); datatypes and Element-based
/// components start at 30 (id, extension). Steps of 10.
/// </summary>
internal sealed class StructureDefinitionReader(SpecificationArchive archive, BaseModelCatalog baseModel, ValueSetCatalog valueSets)
{
    private const string ExplicitTypeName = "http://hl7.org/fhir/StructureDefinition/structuredefinition-explicit-type-name";
    private const string BindingNameExtension = "http://hl7.org/fhir/StructureDefinition/elementdefinition-bindingName";

    public List<string> Notes { get; } = [];

    /// <summary>Reads the requested types plus every datatype they use that Hl7.Fhir.Base does not provide.</summary>
    public List<TypeDeclaration> ReadWithDependencies(IEnumerable<string> requested)
    {
        var queue = new Queue<string>(requested.Where(n => !ScaffoldPlan.QuantityConstraints.Contains(n)));
        var seen = new HashSet<string>(queue);
        foreach (var name in seen)
        {
            valueSets.ReservedTypeNames.Add(name);
        }

        var result = new List<TypeDeclaration>();
        while (queue.Count > 0)
        {
            var type = Read(queue.Dequeue(), out var usedTypes);
            result.Add(type);
            foreach (var used in usedTypes.Where(u => !baseModel.TypeNames.ContainsKey(u) && seen.Add(u)))
            {
                valueSets.ReservedTypeNames.Add(used);
                queue.Enqueue(used);
                Notes.Add($"{used} added because {type.FhirName} uses it and Hl7.Fhir.Base lacks it");
            }
        }

        return result;
    }

    private TypeDeclaration Read(string id, out HashSet<string> usedTypes)
    {
        if (!archive.StructureDefinitions.TryGetValue(id, out var sd))
        {
            throw new InvalidOperationException($"No StructureDefinition '{id}' in the STU3 specification");
        }

        usedTypes = [];
        var typeName = sd.Value("type")!;
        var isResource = sd.Value("kind") == "resource";
        var baseName = sd.Value("baseDefinition")!.Split('/')[^1];
        var canonical = sd.Value("url")!;

        if (!isResource && sd.Value("derivation") == "constraint")
        {
            // Age, Count, Distance, Money: specializations of Quantity with their own type code and no new elements.
            return new TypeDeclaration(id, typeName, canonical, MapType(baseName, usedTypes), false, [], []);
        }

        var snapshot = sd.Element(SpecificationArchive.Fhir + "snapshot")!.Children("element").ToList();
        var scope = new ClassScope(typeName, snapshot);
        var baseClass = isResource
            ? (baseName == "DomainResource" ? "DomainResource" : "Resource")
            : (baseName == "Element" ? "DataType" : MapType(baseName, usedTypes));
        var firstOrder = isResource ? (baseClass == "DomainResource" ? 90 : 50) : 30;
        var elements = ReadMembers(scope, typeName, typeName, firstOrder, usedTypes);
        return new TypeDeclaration(id, typeName, canonical, baseClass, isResource, elements, scope.Components);
    }

    private List<ElementDeclaration> ReadMembers(ClassScope scope, string path, string className, int firstOrder, HashSet<string> usedTypes)
    {
        var members = new List<ElementDeclaration>();
        var order = firstOrder;
        foreach (var element in scope.ChildrenOf(path))
        {
            members.Add(ReadElement(scope, element, className, order, usedTypes));
            order += 10;
        }

        return members;
    }

    private ElementDeclaration ReadElement(ClassScope scope, XElement element, string className, int order, HashSet<string> usedTypes)
    {
        var path = element.Value("path")!;
        var rawName = path[(path.LastIndexOf('.') + 1)..];
        var isChoice = rawName.EndsWith("[x]", StringComparison.Ordinal);
        var fhirName = isChoice ? rawName[..^3] : rawName;
        var min = int.Parse(element.Value("min") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var maxText = element.Value("max") ?? "1";
        var max = maxText == "*" ? -1 : int.Parse(maxText, System.Globalization.CultureInfo.InvariantCulture);
        var types = element.Children("type").ToList();
        var codes = types.Select(t => t.Value("code")!).Distinct().ToList();
        var references = types.Where(t => t.Value("code") == "Reference")
            .Select(t => t.Value("targetProfile")?.Split('/')[^1]).OfType<string>().Distinct().ToList();
        var binding = element.Element(SpecificationArchive.Fhir + "binding");
        var bindingName = binding?.ExtensionValue(BindingNameExtension);

        string csType;
        string? choice = null;
        var allowed = new List<string>();
        var isPrimitive = false;
        var contentReference = element.Value("contentReference");
        if (contentReference is not null)
        {
            csType = scope.ComponentNameFor(contentReference.TrimStart('#'));
        }
        else if (isChoice)
        {
            csType = "DataType";
            choice = "ChoiceType.DatatypeChoice";
            allowed.AddRange(codes.Select(c => MapType(c, usedTypes)));
        }
        else if (codes is ["BackboneElement"] or ["Element"])
        {
            csType = scope.ComponentNameFor(path);
            var componentBase = codes[0];
            var elements = ReadMembers(scope, path, csType, componentBase == "BackboneElement" ? 40 : 30, usedTypes);
            scope.Components.Add(new ComponentDeclaration(csType, path, componentBase, elements));
        }
        else if (codes is ["Resource"])
        {
            csType = "Resource";
            choice = "ChoiceType.ResourceChoice";
        }
        else if (codes is ["code"] && binding?.Value("strength") == "required" && ValueSetOf(binding) is { } valueSet
            && valueSets.ResolveEnum(valueSet) is { } enumName)
        {
            csType = $"Code<{enumName}>";
            isPrimitive = true;
        }
        else if (codes.Count == 1)
        {
            csType = MapType(codes[0], usedTypes);
            isPrimitive = char.IsLower(codes[0][0]);
        }
        else
        {
            throw new InvalidOperationException($"{path}: several types {string.Join(",", codes)} but not a choice");
        }

        var propertyName = Identifiers.Pascal(fhirName) + (isPrimitive ? "Element" : string.Empty);
        if (propertyName == className)
        {
            propertyName += "Value";
            Notes.Add($"{path}: property renamed {propertyName} (C# forbids a member named like its class)");
        }

        return new ElementDeclaration(fhirName, propertyName, order, csType, max != 1 && max != 0, element.Value("isSummary") == "true",
            element.Value("isModifier") == "true", min, max, choice, allowed, references,
            bindingName);
    }

    private static string? ValueSetOf(XElement binding) =>
        binding.Element(SpecificationArchive.Fhir + "valueSetReference")?.Value("reference") ?? binding.Value("valueSetUri");

    /// <summary>A FHIR type code as the C# type: Base's class when Base has it, else the class we scaffold.</summary>
    private string MapType(string code, HashSet<string> usedTypes)
    {
        if (baseModel.TypeNames.TryGetValue(code, out var baseName))
        {
            return baseName;
        }

        usedTypes.Add(code);
        return code;
    }

    /// <summary>The snapshot of one top-level type and the component classes found so far.</summary>
    private sealed class ClassScope(string root, List<XElement> snapshot)
    {
        private readonly Dictionary<string, string> _componentNames = [];

        public List<ComponentDeclaration> Components { get; } = [];

        /// <summary>Own direct children of a path: inherited ones (base path outside this type) are Base's job.</summary>
        public IEnumerable<XElement> ChildrenOf(string path) => snapshot.Where(e =>
        {
            var p = e.Value("path")!;
            if (!p.StartsWith(path + ".", StringComparison.Ordinal) || p.IndexOf('.', path.Length + 1) >= 0)
            {
                return false;
            }

            var basePath = e.Element(SpecificationArchive.Fhir + "base")?.Value("path");
            return basePath is null || basePath.Split('.')[0] == root;
        });

        public string ComponentNameFor(string path)
        {
            if (_componentNames.TryGetValue(path, out var known))
            {
                return known;
            }

            var element = snapshot.First(e => e.Value("path") == path);
            var segment = path[(path.LastIndexOf('.') + 1)..];
            var name = (element.ExtensionValue(ExplicitTypeName) ?? Identifiers.Pascal(segment)) + "Component";
            if (_componentNames.ContainsValue(name) || name == root)
            {
                var parentPath = path[..path.LastIndexOf('.')];
                name = (parentPath == root ? root : ComponentNameFor(parentPath).Replace("Component", string.Empty, StringComparison.Ordinal)) + name;
            }

            _componentNames[path] = name;
            return name;
        }
    }
}
