using System.Xml.Linq;

namespace GpConnect.Fhir.Stu3.Scaffold.ProfileConstraints;

/// <summary>
/// Expands the value sets of required bindings into <c>system|code</c> lists from the CodeSystems at hand: whole
/// systems, explicit code lists, is-a/descendent-of filters on hierarchical systems, included value sets and
/// excluded codes. A value set that cannot be expanded from them (SNOMED CT, MIME types, other filters) is kept
/// with the reason, so the checker knows it was not checked rather than treating it as empty.
/// </summary>
internal sealed class ValueSetExpander
{
    private readonly Dictionary<string, XElement> _valueSets = [];
    private readonly Dictionary<string, XElement> _codeSystems = [];

    /// <summary>Earlier resources win: the published GP Connect ones are added before the STU3 specification's.</summary>
    public void Add(IEnumerable<XElement> resources)
    {
        foreach (var resource in resources)
        {
            var index = resource.Name.LocalName switch
            {
                "ValueSet" => _valueSets,
                "CodeSystem" => _codeSystems,
                _ => null,
            };
            if (index is not null && resource.Value("url") is { } url)
            {
                index.TryAdd(url, resource);
            }
        }
    }

    public ValueSetConstraint Expand(string url)
    {
        try
        {
            return new ValueSetConstraint(url, [.. ExpandCodes(url, []).Order(StringComparer.Ordinal)], null);
        }
        catch (NotExpandableException ex)
        {
            return new ValueSetConstraint(url, null, ex.Message);
        }
    }

    private HashSet<string> ExpandCodes(string url, HashSet<string> visiting)
    {
        if (!visiting.Add(url))
        {
            throw new NotExpandableException($"value set {url} includes itself");
        }

        if (!_valueSets.TryGetValue(url, out var valueSet))
        {
            throw new NotExpandableException($"value set {url} is neither in the published profiles nor in the STU3 specification");
        }

        var compose = valueSet.Element(SpecificationArchive.Fhir + "compose");
        if (compose is null)
        {
            var expansion = valueSet.Element(SpecificationArchive.Fhir + "expansion")
                ?? throw new NotExpandableException($"value set {url} has neither compose nor expansion");
            return [.. expansion.Descendants(SpecificationArchive.Fhir + "contains")
                .Where(c => c.Value("code") is not null)
                .Select(c => c.Value("system") + "|" + c.Value("code"))];
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var include in compose.Children("include"))
        {
            codes.UnionWith(Select(url, include, visiting));
        }

        foreach (var exclude in compose.Children("exclude"))
        {
            codes.ExceptWith(Select(url, exclude, visiting));
        }

        visiting.Remove(url);
        return codes;
    }

    private HashSet<string> Select(string url, XElement rule, HashSet<string> visiting)
    {
        var system = rule.Value("system");
        var included = rule.Children("valueSet").Select(v => v.Attribute("value")!.Value).ToList();
        if (included.Count > 0)
        {
            if (system is not null)
            {
                throw new NotExpandableException($"value set {url} intersects a system with a value set");
            }

            return [.. included.SelectMany(v => ExpandCodes(v.Split('|')[0], visiting))];
        }

        if (system is null)
        {
            throw new NotExpandableException($"value set {url} has a rule without a system");
        }

        var concepts = rule.Children("concept").Select(c => system + "|" + c.Value("code")).ToHashSet(StringComparer.Ordinal);
        var filters = rule.Children("filter").ToList();
        if (concepts.Count > 0)
        {
            return concepts;
        }

        var codeSystem = CodeSystemOf(url, system);
        if (filters.Count == 0)
        {
            return [.. Concepts(codeSystem).Select(c => system + "|" + c.Value("code"))];
        }

        if (filters is [var filter] && filter.Value("property") == "concept" && filter.Value("op") is "is-a" or "descendent-of")
        {
            var root = Concepts(codeSystem).FirstOrDefault(c => c.Value("code") == filter.Value("value"))
                ?? throw new NotExpandableException($"value set {url} filters on {filter.Value("value")}, not a code of {system}");
            var below = root.Descendants(SpecificationArchive.Fhir + "concept").Select(c => system + "|" + c.Value("code"));
            return filter.Value("op") == "is-a" ? [system + "|" + root.Value("code"), .. below] : [.. below];
        }

        throw new NotExpandableException($"value set {url} uses a filter on {system} that is not expanded here");
    }

    private XElement CodeSystemOf(string valueSetUrl, string system)
    {
        if (!_codeSystems.TryGetValue(system, out var codeSystem))
        {
            throw new NotExpandableException($"value set {valueSetUrl} draws on {system}, a code system not held here");
        }

        var content = codeSystem.Value("content");
        if (content is not null and not "complete")
        {
            throw new NotExpandableException($"value set {valueSetUrl} draws on {system}, whose content here is '{content}'");
        }

        return codeSystem;
    }

    private static IEnumerable<XElement> Concepts(XElement codeSystem) => codeSystem.Descendants(SpecificationArchive.Fhir + "concept")
        .Where(c => c.Parent?.Name.LocalName is "CodeSystem" or "concept");

    private sealed class NotExpandableException(string message) : Exception(message);
}

internal sealed record ValueSetConstraint(string Url, List<string>? Codes, string? NotExpanded);
