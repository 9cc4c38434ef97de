using System.Xml.Linq;

namespace GpConnect.Fhir.Stu3.Scaffold;

/// <summary>
/// Resolves required bindings on code elements to C# enums. Reuses Hl7.Fhir.Base's enum when Base has one for
/// the same value set; builds one from the STU3 CodeSystem when the value set is a single include of one
/// system (whole system or an explicit code list); anything more complex stays a plain Code.
/// </summary>
internal sealed class ValueSetCatalog
{
    private readonly Dictionary<string, XElement> _valueSets;
    private readonly Dictionary<string, XElement> _codeSystems;
    private readonly BaseModelCatalog _baseModel;
    private readonly Dictionary<string, EnumDeclaration?> _resolved = [];
    private readonly HashSet<string> _usedNames = [];

    public ValueSetCatalog(XDocument bundle, BaseModelCatalog baseModel)
    {
        _baseModel = baseModel;
        var resources = bundle.Descendants(SpecificationArchive.Fhir + "resource").SelectMany(r => r.Elements()).ToList();
        _valueSets = Index(resources, "ValueSet");
        _codeSystems = Index(resources, "CodeSystem");
    }

    public List<EnumDeclaration> UsedEnums { get; } = [];

    public List<string> Notes { get; } = [];

    /// <summary>Names the scaffolder gives to classes, so an enum never takes one of them.</summary>
    public HashSet<string> ReservedTypeNames { get; } = [];

    /// <summary>The C# enum type name for a required binding, or null when the element stays a plain Code.</summary>
    public string? ResolveEnum(string valueSetReference)
    {
        var url = valueSetReference.Split('|')[0];
        if (_baseModel.EnumsByValueSet.TryGetValue(url, out var baseEnum))
        {
            return baseEnum;
        }

        if (!_resolved.TryGetValue(url, out var declaration))
        {
            declaration = Build(url);
            _resolved[url] = declaration;
            if (declaration is not null)
            {
                UsedEnums.Add(declaration);
            }
        }

        return declaration?.Name;
    }

    private EnumDeclaration? Build(string url)
    {
        if (!_valueSets.TryGetValue(url, out var valueSet))
        {
            Notes.Add($"value set {url} not in the specification: plain Code");
            return null;
        }

        var includes = valueSet.Element(SpecificationArchive.Fhir + "compose")?.Children("include").ToList() ?? [];
        var system = includes.Count == 1 ? includes[0].Value("system") : null;
        if (system is null || includes[0].Children("filter").Any() || includes[0].Children("valueSet").Any()
            || valueSet.Element(SpecificationArchive.Fhir + "compose")!.Children("exclude").Any())
        {
            Notes.Add($"value set {url} is not a single plain include: plain Code");
            return null;
        }

        var listed = includes[0].Children("concept").ToList();
        List<(string Code, string? Display)> codes;
        if (listed.Count > 0)
        {
            var known = _codeSystems.TryGetValue(system, out var cs) ? Flatten(cs).ToDictionary(c => c.Code, c => c.Display) : [];
            codes = listed.Select(c => (c.Value("code")!, c.Value("display") ?? known.GetValueOrDefault(c.Value("code")!))).ToList();
        }
        else if (_codeSystems.TryGetValue(system, out var codeSystem))
        {
            codes = Flatten(codeSystem).ToList();
        }
        else
        {
            Notes.Add($"code system {system} of {url} not in the specification: plain Code");
            return null;
        }

        var name = UniqueName(Identifiers.Pascal(valueSet.Value("name") ?? valueSet.Value("id")!));
        var memberNames = new HashSet<string>();
        var members = codes.Select(c =>
        {
            var member = Identifiers.EnumMember(c.Code);
            while (!memberNames.Add(member))
            {
                member += "_";
            }

            return new EnumMember(member, c.Code, system, c.Display);
        }).ToList();

        return new EnumDeclaration(name, valueSet.Value("name") ?? name, url, system, members);
    }

    private string UniqueName(string name)
    {
        var candidate = ReservedTypeNames.Contains(name) ? name + "Code" : name;
        while (!_usedNames.Add(candidate))
        {
            candidate += "Code";
        }

        return candidate;
    }

    private static IEnumerable<(string Code, string? Display)> Flatten(XElement parent) =>
        parent.Children("concept").SelectMany(c => new[] { (c.Value("code")!, c.Value("display")) }.Concat(Flatten(c)));

    private static Dictionary<string, XElement> Index(IEnumerable<XElement> resources, string kind) =>
        resources.Where(r => r.Name.LocalName == kind && r.Value("url") is not null)
            .GroupBy(r => r.Value("url")!)
            .ToDictionary(g => g.Key, g => g.First());
}
