using System.Globalization;
using System.Xml.Linq;

namespace GpConnect.Fhir.Stu3.Scaffold.ProfileConstraints;

/// <summary>
/// Reads what a response checker needs from a StructureDefinition snapshot: per element its cardinality, types (and
/// their profiles), fixed or pattern primitive value, required binding and slicing discriminators.
/// </summary>
/// <remarks>
/// Published snapshots name a choice element restricted to one type as a slice of itself
/// (<c>Extension.extension:registrationPeriod.value[x]:valuePeriod</c>, <c>Patient.deceasedDateTime:deceasedDateTime</c>);
/// both become the renamed element (<c>...valuePeriod</c>, <c>Patient.deceasedDateTime</c>), as it appears in JSON.
/// </remarks>
internal sealed class StructureConstraintReader
{
    private static readonly string[] _valuePrefixes = ["fixed", "pattern"];

    public List<string> Notes { get; } = [];

    public HashSet<string> RequiredValueSets { get; } = [];

    public StructureConstraints Read(XElement sd, string source)
    {
        var url = sd.Value("url")!;
        var elements = new List<ElementConstraint>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in sd.Element(SpecificationArchive.Fhir + "snapshot")!.Children("element"))
        {
            var constraint = ReadElement(url, element);
            if (seen.Add(constraint.Id))
            {
                elements.Add(constraint);
            }
            else
            {
                Notes.Add($"{url} {constraint.Id}: listed twice in the published snapshot; the first is kept");
            }
        }

        var context = sd.Children("context").Select(c => c.Attribute("value")!.Value).ToList();
        return new StructureConstraints(url, sd.Value("type")!, sd.Value("kind")!, source, sd.Value("contextType"),
            context.Count > 0 ? context : null, elements);
    }

    private ElementConstraint ReadElement(string url, XElement element)
    {
        var id = NormaliseId(element.Attribute("id")?.Value ?? element.Value("path")!);
        var types = element.Children("type")
            .Select(t => new TypeConstraint(t.Value("code")!, t.Value("profile")))
            .Distinct()
            .ToList();

        string? fixedValue = null;
        string? fixedKind = null;
        foreach (var child in element.Elements())
        {
            var name = child.Name.LocalName;
            var prefix = _valuePrefixes.FirstOrDefault(p => name.StartsWith(p, StringComparison.Ordinal) && name.Length > p.Length && char.IsUpper(name[p.Length]));
            if (prefix is null)
            {
                continue;
            }

            if (child.Attribute("value") is { } value && !child.HasElements)
            {
                fixedValue = value.Value;
                fixedKind = prefix;
            }
            else
            {
                Notes.Add($"{url} {id}: complex {name} not carried (only primitive fixed/pattern values are)");
            }
        }

        string? binding = null;
        if (element.Element(SpecificationArchive.Fhir + "binding") is { } b && b.Value("strength") == "required")
        {
            binding = (b.Element(SpecificationArchive.Fhir + "valueSetReference")?.Value("reference") ?? b.Value("valueSetUri"))?.Split('|')[0];
            if (binding is not null)
            {
                RequiredValueSets.Add(binding);
            }
        }

        SlicingConstraint? slicing = null;
        if (element.Element(SpecificationArchive.Fhir + "slicing") is { } s)
        {
            var discriminators = s.Children("discriminator")
                .Select(d => (Type: d.Value("type"), Path: d.Value("path")!))
                .ToList();
            if (discriminators.Count > 0)
            {
                if (discriminators.Any(d => d.Type is not ("value" or "pattern")))
                {
                    Notes.Add($"{url} {id}: slicing by {string.Join(",", discriminators.Select(d => d.Type))} is kept, but only value/pattern discriminators are evaluated");
                }

                slicing = new SlicingConstraint([.. discriminators.Select(d => d.Path)], s.Value("rules") ?? "open");
            }
        }

        var max = element.Value("max") ?? "*";
        return new ElementConstraint(
            id,
            int.Parse(element.Value("min") ?? "0", CultureInfo.InvariantCulture),
            max,
            types,
            fixedValue,
            fixedKind,
            binding,
            slicing,
            element.Value("contentReference"));
    }

    /// <summary>Turns <c>value[x]:valuePeriod</c> into <c>valuePeriod</c> and <c>deceasedDateTime:deceasedDateTime</c> into <c>deceasedDateTime</c>.</summary>
    internal static string NormaliseId(string id) =>
        string.Join('.', id.Split('.').Select(segment =>
        {
            var colon = segment.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                return segment;
            }

            var name = segment[..colon];
            var slice = segment[(colon + 1)..];
            if (slice == name)
            {
                return name;
            }

            if (name.EndsWith("[x]", StringComparison.Ordinal) && slice.StartsWith(name[..^3], StringComparison.Ordinal)
                && slice.Length > name.Length - 3 && char.IsUpper(slice[name.Length - 3]))
            {
                return slice;
            }

            return segment;
        }));
}

internal sealed record StructureConstraints(
    string Url, string Type, string Kind, string Source, string? ContextType, List<string>? Context, List<ElementConstraint> Elements);

internal sealed record ElementConstraint(
    string Id, int Min, string Max, List<TypeConstraint> Types, string? Fixed, string? FixedKind, string? Binding,
    SlicingConstraint? Slicing, string? ContentReference);

internal sealed record TypeConstraint(string Code, string? Profile);

internal sealed record SlicingConstraint(List<string> Discriminators, string Rules);
