using System.Text.Json;
using System.Text.Json.Nodes;
using GpConnect.Fhir.Stu3.Serialization;

namespace GpConnect.Provider.Tests.Profiles;

/// <summary>
/// Checks a FHIR STU3 resource, as a consumer receives it, against the profile in its <c>meta.profile</c> (the STU3
/// base definition when it names none): every element's cardinality (0..0 and 1..1 included), fixed values,
/// required bindings, and elements the profile leaves out. Bundle entries, contained resources and extensions are
/// checked against their own definitions, extensions also against the places their definition allows them.
/// Slices are told apart by their value discriminators (extensions by url, identifiers by system, names by use).
/// </summary>
/// <remarks>
/// Walks the JSON form: XML bodies are parsed strictly by our STU3 model and written as JSON first. Value sets that
/// the generator could not expand (SNOMED CT, MIME types) are not checked; everything else is.
/// </remarks>
public sealed class ProfileConformanceChecker(ProfileConstraintSet constraints)
{
    private static readonly Lazy<ProfileConformanceChecker> _published = new(() => new ProfileConformanceChecker(ProfileConstraintSet.Published));

    /// <summary>A checker over the committed profile data.</summary>
    public static ProfileConformanceChecker Published => _published.Value;

    /// <summary>Checks a response body of the given media type; a body our STU3 model refuses is one violation.</summary>
    public IReadOnlyList<string> CheckBody(string mediaType, string body)
    {
        string json;
        try
        {
            if (mediaType.Contains("xml", StringComparison.OrdinalIgnoreCase))
            {
                json = FhirStu3Serializer.Default.SerializeToJson(FhirStu3Serializer.Default.ParseXml(body));
            }
            else
            {
                FhirStu3Serializer.Default.ParseJson(body);
                json = body;
            }
        }
        catch (FhirParseException ex)
        {
            return [$"the body is not a valid STU3 resource: {ex.Message}"];
        }

        return Check((JsonObject)JsonNode.Parse(json)!);
    }

    public IReadOnlyList<string> Check(JsonObject resource)
    {
        var walk = new Walk(constraints);
        walk.Resource(resource, TextOf(resource["resourceType"]) ?? "(resource)");
        return walk.Violations;
    }

    private static string? TextOf(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : node?.ToJsonString();

    private static string Capitalised(string code) => char.ToUpperInvariant(code[0]) + code[1..];

    private static string ShortName(string url) => url[(url.LastIndexOf('/') + 1)..];

    /// <summary>One element occurrence: a JSON value and, for a primitive, its <c>_name</c> object (id, extensions).</summary>
    private sealed record Item(JsonNode? Value, JsonObject? PrimitiveElement, int? Index);

    private sealed record Scope(StructureConstraints Structure, string ElementId);

    private sealed class Walk(ProfileConstraintSet constraints)
    {
        public List<string> Violations { get; } = [];

        public void Resource(JsonObject resource, string location)
        {
            var type = TextOf(resource["resourceType"]);
            if (type is null)
            {
                Violations.Add($"{location}: no resourceType");
                return;
            }

            var profiles = (resource["meta"]?["profile"] as JsonArray)?.Select(TextOf).OfType<string>().ToList() ?? [];
            if (profiles.Count == 0)
            {
                profiles.Add(ProfileConstraintSet.BaseDefinition + type);
            }

            foreach (var url in profiles)
            {
                var structure = constraints.Structure(url);
                if (structure is null)
                {
                    Violations.Add($"{location}: declares profile {url}, for which Profiles/{ProfileConstraintSet.FileName} has no data " +
                        $"(add its StructureDefinition to the shared profiles and run `{ProfileConstraintSet.RegenerateCommand}`)");
                }
                else if (structure.Type != type)
                {
                    Violations.Add($"{location}: declares profile {url}, which constrains {structure.Type}, not {type}");
                }
                else
                {
                    Complex(resource, new Scope(structure, structure.Root.Id), location, type, type);
                }
            }
        }

        private void Complex(JsonObject node, Scope scope, string location, string instancePath, string typeCode)
        {
            var children = scope.Structure.ChildrenOf(scope.ElementId);
            var present = new HashSet<ElementRule>(ReferenceEqualityComparer.Instance);
            var names = node.Select(p => p.Key.StartsWith('_') ? p.Key[1..] : p.Key).Where(n => n != "resourceType").Distinct(StringComparer.Ordinal);
            foreach (var name in names)
            {
                var matches = children.Select(c => (Rule: c, Type: TypeFor(c, name))).Where(m => m.Type is not null).ToList();
                if (matches.Count == 0)
                {
                    Violations.Add($"{location}.{name}: not allowed by {ShortName(scope.Structure.Url)} (it has no element {scope.ElementId}.{name})");
                    continue;
                }

                var items = Items(node, name);
                foreach (var (rule, type) in matches)
                {
                    present.Add(rule);
                    Element(rule, type!, items, scope.Structure, $"{location}.{name}", $"{instancePath}.{name}", instancePath, typeCode);
                }
            }

            foreach (var absent in children.Where(c => !present.Contains(c)))
            {
                if (absent.Min > 0)
                {
                    Violations.Add($"{location}.{absent.Name}: missing, but {ShortName(scope.Structure.Url)} requires {absent.Min}..{absent.Max} ({absent.Id})");
                }

                foreach (var slice in scope.Structure.SlicesOf(absent.Id).Where(s => s.Min > 0))
                {
                    Count(slice, 0, scope.Structure, $"{location}.{absent.Name}:{slice.Id.Split(':')[^1]}");
                }
            }
        }

        private void Element(ElementRule rule, string typeCode, List<Item> items, StructureConstraints structure, string location,
            string instancePath, string holderPath, string holderType)
        {
            Count(rule, items.Count, structure, location);
            var applied = Slice(rule, items, structure, location);
            for (var i = 0; i < items.Count; i++)
            {
                var itemLocation = items[i].Index is { } index ? $"{location}[{index}]" : location;
                Value(items[i], applied[i], typeCode, structure, itemLocation, instancePath, holderPath, holderType);
            }
        }

        private void Count(ElementRule rule, int count, StructureConstraints structure, string location)
        {
            var profile = ShortName(structure.Url);
            if (count < rule.Min)
            {
                Violations.Add($"{location}: {count} present, but {profile} requires {rule.Min}..{rule.Max} ({rule.Id})");
            }
            else if (rule.IsProhibited && count > 0)
            {
                Violations.Add($"{location}: present, but {profile} forbids it (0..0, {rule.Id})");
            }
            else if (rule.MaxCount is { } max && count > max)
            {
                Violations.Add($"{location}: {count} present, but {profile} allows {rule.Min}..{rule.Max} ({rule.Id})");
            }
        }

        /// <summary>The slice (or the element itself) each item answers to; counts each slice's items.</summary>
        private ElementRule[] Slice(ElementRule rule, List<Item> items, StructureConstraints structure, string location)
        {
            var applied = Enumerable.Repeat(rule, items.Count).ToArray();
            var slices = structure.SlicesOf(rule.Id);
            var discriminators = rule.Slicing?.Discriminators ?? (rule.Name is "extension" or "modifierExtension" ? ["url"] : []);
            if (slices.Count == 0 || discriminators.Count == 0)
            {
                return applied;
            }

            var evaluable = slices
                .Select(s => (Slice: s, Values: discriminators.Select(d => DiscriminatorValue(structure, s, d)).ToList()))
                .Where(s => s.Values.All(v => v is not null))
                .ToList();
            var counts = new Dictionary<ElementRule, int>(ReferenceEqualityComparer.Instance);
            foreach (var (slice, _) in evaluable)
            {
                counts[slice] = 0;
            }

            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                var match = evaluable.FirstOrDefault(s => discriminators.Select((d, k) => InstanceValues(item.Value, d).Contains(s.Values[k]!)).All(m => m));
                if (match.Slice is not null)
                {
                    applied[i] = match.Slice;
                    counts[match.Slice]++;
                }
                else if (rule.Slicing?.Rules == "closed")
                {
                    Violations.Add($"{location}[{item.Index ?? 0}]: matches none of the slices of {rule.Id}, and {ShortName(structure.Url)} closes them");
                }
            }

            foreach (var (slice, count) in counts)
            {
                Count(slice, count, structure, $"{location}:{slice.Id.Split(':')[^1]}");
            }

            return applied;
        }

        private void Value(Item item, ElementRule rule, string typeCode, StructureConstraints structure, string location,
            string instancePath, string holderPath, string holderType)
        {
            if (item.Value is JsonObject node)
            {
                if (typeCode == "Resource" || node.ContainsKey("resourceType"))
                {
                    Resource(node, location);
                    return;
                }

                Binding(rule, typeCode, node, structure, location);
                if (typeCode == "Extension")
                {
                    Extension(node, rule, structure, location, holderPath, holderType);
                    return;
                }

                if (ScopeFor(rule, typeCode, structure) is { } scope)
                {
                    Complex(node, scope, location, instancePath, typeCode);
                }
                else
                {
                    Violations.Add($"{location}: no constraint data for type {typeCode}; run `{ProfileConstraintSet.RegenerateCommand}`");
                }
            }
            else if (item.Value is JsonValue primitive)
            {
                var text = TextOf(primitive)!;
                if (rule.Fixed is not null && text != rule.Fixed)
                {
                    Violations.Add($"{location}: is '{text}', but {ShortName(structure.Url)} fixes it to '{rule.Fixed}' ({rule.Id})");
                }

                if (Required(rule) is { } valueSet && !valueSet.Contains(null, text))
                {
                    Violations.Add($"{location}: '{text}' is not in {valueSet.Url}, which {ShortName(structure.Url)} requires ({rule.Id})");
                }
            }

            if (item.PrimitiveElement is { } element)
            {
                var scope = structure.ChildrenOf(rule.Id).Count > 0
                    ? new Scope(structure, rule.Id)
                    : constraints.BaseStructure("Element") is { } baseElement ? new Scope(baseElement, baseElement.Root.Id) : null;
                if (scope is not null)
                {
                    Complex(element, scope, location, instancePath, typeCode);
                }
            }
        }

        private void Binding(ElementRule rule, string typeCode, JsonObject node, StructureConstraints structure, string location)
        {
            if (Required(rule) is not { } valueSet)
            {
                return;
            }

            var codings = typeCode switch
            {
                "Coding" => [node],
                "CodeableConcept" => (node["coding"] as JsonArray)?.OfType<JsonObject>().ToList() ?? [],
                _ => null,
            };
            if (codings is null)
            {
                return;
            }

            if (!codings.Any(c => TextOf(c["code"]) is { } code && valueSet.Contains(TextOf(c["system"]), code)))
            {
                var sent = codings.Count == 0 ? "no coding" : string.Join(", ", codings.Select(c => $"{TextOf(c["system"])}|{TextOf(c["code"])}"));
                Violations.Add($"{location}: {sent}, but a code from {valueSet.Url} is required ({rule.Id})");
            }
        }

        private ValueSetCodes? Required(ElementRule rule) =>
            rule.Binding is { } url && constraints.ValueSet(url) is { Codes: not null } valueSet ? valueSet : null;

        /// <summary>
        /// An extension: by its slice's inline definition (a complex extension's parts), else its own definition
        /// (by the slice's type profile or its url), else the base Extension; a known definition also says where it may go.
        /// </summary>
        private void Extension(JsonObject node, ElementRule rule, StructureConstraints structure, string location, string holderPath, string holderType)
        {
            var url = TextOf(node["url"]);
            var definition = url is null ? null : constraints.Structure(url);
            if (definition is not null && definition.Context.Count > 0 && !AllowedOn(definition, holderPath, holderType))
            {
                Violations.Add($"{location}: extension {ShortName(definition.Url)} is not allowed on {holderPath}; " +
                    $"its definition allows it on {definition.ContextType} {string.Join(", ", definition.Context)}");
            }

            if (structure.ChildrenOf(rule.Id).Count > 0)
            {
                Complex(node, new Scope(structure, rule.Id), location, holderPath + ".extension", "Extension");
                return;
            }

            var profile = rule.TypeList.Select(t => t.Profile).FirstOrDefault(p => p is not null);
            var target = (profile is null ? null : constraints.Structure(profile)) ?? definition ?? constraints.BaseStructure("Extension");
            if (target is not null)
            {
                Complex(node, new Scope(target, target.Root.Id), location, holderPath + ".extension", "Extension");
            }
        }

        private static bool AllowedOn(StructureConstraints definition, string holderPath, string holderType) => definition.ContextType switch
        {
            "resource" => definition.Context.Any(c => c == "*" || c == holderPath
                || (c is "Resource" or "DomainResource" && !holderPath.Contains('.', StringComparison.Ordinal))),
            "datatype" => definition.Context.Any(c => c is "*" or "Element" || c == holderType),
            "extension" => holderType == "Extension",
            _ => true,
        };

        private Scope? ScopeFor(ElementRule rule, string typeCode, StructureConstraints structure)
        {
            if (rule.ContentReference is { } reference)
            {
                return new Scope(structure, reference.TrimStart('#'));
            }

            if (structure.ChildrenOf(rule.Id).Count > 0)
            {
                return new Scope(structure, rule.Id);
            }

            var profile = rule.TypeList.FirstOrDefault(t => t.Code == typeCode && t.Profile is not null)?.Profile;
            var target = (profile is null ? null : constraints.Structure(profile)) ?? constraints.BaseStructure(typeCode);
            return target is null ? null : new Scope(target, target.Root.Id);
        }

        /// <summary>The value a slice's discriminator path must have: a fixed value below it, or an extension slice's profile url.</summary>
        private static string? DiscriminatorValue(StructureConstraints structure, ElementRule slice, string path) =>
            structure.Element(slice.Id + "." + path)?.Fixed
            ?? (path == "url" ? slice.TypeList.Select(t => t.Profile).FirstOrDefault(p => p is not null) : null);

        private static List<string> InstanceValues(JsonNode? node, string path)
        {
            var current = new List<JsonNode?> { node };
            foreach (var segment in path.Split('.'))
            {
                current = [.. current.SelectMany(n => (n as JsonObject)?[segment] switch
                {
                    JsonArray array => array.AsEnumerable(),
                    { } single => [single],
                    null => [],
                })];
            }

            return [.. current.OfType<JsonValue>().Select(v => TextOf(v)!)];
        }

        /// <summary>The type of the element a JSON property stands for, or null when the property is not this element.</summary>
        private static string? TypeFor(ElementRule rule, string name)
        {
            if (rule.IsChoice)
            {
                var stem = rule.Name[..^3];
                return name.Length > stem.Length && name.StartsWith(stem, StringComparison.Ordinal)
                    ? rule.TypeList.FirstOrDefault(t => Capitalised(t.Code) == name[stem.Length..])?.Code
                    : null;
            }

            if (rule.Name != name)
            {
                return null;
            }

            return rule.TypeList.Count > 0 ? rule.TypeList[0].Code : "BackboneElement";
        }

        private static List<Item> Items(JsonObject node, string name)
        {
            var value = node[name];
            var element = node["_" + name];
            if (value is JsonArray || element is JsonArray)
            {
                var values = value as JsonArray;
                var elements = element as JsonArray;
                var count = Math.Max(values?.Count ?? 0, elements?.Count ?? 0);
                return [.. Enumerable.Range(0, count).Select(i => new Item(
                    values is not null && i < values.Count ? values[i] : null,
                    elements is not null && i < elements.Count ? elements[i] as JsonObject : null,
                    i))];
            }

            return [new Item(value, element as JsonObject, null)];
        }
    }
}
