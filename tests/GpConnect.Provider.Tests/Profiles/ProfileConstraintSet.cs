using System.Text.Json;

namespace GpConnect.Provider.Tests.Profiles;

/// <summary>
/// The published GP Connect/CareConnect profiles and the STU3 base definitions, reduced to what
/// <see cref="ProfileConformanceChecker"/> checks, read from <c>Profiles/profile-constraints.json</c>. That file is
/// written by <c>dotnet run --project tools/GpConnect.Fhir.Stu3.Scaffold -- profile-constraints</c> from the shared
/// reference folder and committed; the tests never read the shared folder (docs/decisions/0009).
/// </summary>
public sealed class ProfileConstraintSet
{
    public const string FileName = "profile-constraints.json";
    public const string BaseDefinition = "http://hl7.org/fhir/StructureDefinition/";
    public const string RegenerateCommand = "dotnet run --project tools/GpConnect.Fhir.Stu3.Scaffold -- profile-constraints";

    private static readonly JsonSerializerOptions _json = new() { PropertyNameCaseInsensitive = true };

    private static readonly Lazy<ProfileConstraintSet> _published = new(() => Load(Path.Combine(AppContext.BaseDirectory, "Profiles", FileName)));

    private readonly Dictionary<string, StructureConstraints> _structures;
    private readonly Dictionary<string, ValueSetCodes> _valueSets;

    private ProfileConstraintSet(ProfileConstraintFile file)
    {
        _structures = file.Structures.ToDictionary(s => s.Url, s => new StructureConstraints(s), StringComparer.Ordinal);
        _valueSets = file.ValueSets.ToDictionary(v => v.Url, StringComparer.Ordinal);
    }

    /// <summary>The committed data, loaded once per test run.</summary>
    public static ProfileConstraintSet Published => _published.Value;

    public static ProfileConstraintSet Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The profile constraint data {path} is missing: it should be tests/GpConnect.Provider.Tests/Profiles/{FileName}, " +
                $"copied to the test output by the build. Regenerate it from the published profiles with `{RegenerateCommand}` " +
                "(needs ../shared/profiles and ../shared/fhir-stu3/specification.zip beside the repository) and commit it.",
                path);
        }

        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<ProfileConstraintFile>(stream, _json)
            ?? throw new InvalidDataException($"{path} is empty; regenerate it with `{RegenerateCommand}`.");
        return new ProfileConstraintSet(file);
    }

    public StructureConstraints? Structure(string url) => _structures.GetValueOrDefault(url);

    /// <summary>The STU3 definition of a datatype or resource, e.g. <c>Identifier</c>.</summary>
    public StructureConstraints? BaseStructure(string typeCode) => Structure(BaseDefinition + typeCode);

    public ValueSetCodes? ValueSet(string url) => _valueSets.GetValueOrDefault(url);
}

/// <summary>One StructureDefinition's snapshot, indexed by element id: direct children and slices of each element.</summary>
public sealed class StructureConstraints
{
    private static readonly IReadOnlyList<ElementRule> _none = [];

    private readonly Dictionary<string, ElementRule> _byId;
    private readonly Dictionary<string, List<ElementRule>> _children = [];
    private readonly Dictionary<string, List<ElementRule>> _slices = [];

    internal StructureConstraints(StructureFile file)
    {
        Url = file.Url;
        Type = file.Type;
        ContextType = file.ContextType;
        Context = file.Context ?? [];
        _byId = file.Elements.ToDictionary(e => e.Id, StringComparer.Ordinal);
        Root = file.Elements[0];
        foreach (var element in file.Elements.Skip(1))
        {
            var lastDot = element.Id.LastIndexOf('.');
            var segment = element.Id[(lastDot + 1)..];
            var colon = segment.IndexOf(':', StringComparison.Ordinal);
            var (owner, index) = colon >= 0 ? (element.Id[..(lastDot + 1 + colon)], _slices) : (element.Id[..lastDot], _children);
            if (!index.TryGetValue(owner, out var list))
            {
                index[owner] = list = [];
            }

            list.Add(element);
        }
    }

    public string Url { get; }

    public string Type { get; }

    public string? ContextType { get; }

    public IReadOnlyList<string> Context { get; }

    public ElementRule Root { get; }

    public ElementRule? Element(string id) => _byId.GetValueOrDefault(id);

    public IReadOnlyList<ElementRule> ChildrenOf(string id) => _children.GetValueOrDefault(id) ?? _none;

    public IReadOnlyList<ElementRule> SlicesOf(string id) => _slices.GetValueOrDefault(id) ?? _none;
}

/// <summary>An element of a snapshot: cardinality, types, fixed value, required binding, slicing.</summary>
public sealed record ElementRule(
    string Id,
    int Min,
    string Max,
    IReadOnlyList<TypeRule>? Types,
    string? Fixed,
    string? FixedKind,
    string? Binding,
    SlicingRule? Slicing,
    string? ContentReference)
{
    /// <summary>The element's name in its parent, as JSON spells it (<c>value[x]</c> for a choice).</summary>
    public string Name => Id[(Id.LastIndexOf('.') + 1)..].Split(':')[0];

    public bool IsChoice => Name.EndsWith("[x]", StringComparison.Ordinal);

    public bool IsProhibited => Max == "0";

    public int? MaxCount => Max == "*" ? null : int.Parse(Max, System.Globalization.CultureInfo.InvariantCulture);

    public IReadOnlyList<TypeRule> TypeList => Types ?? [];
}

public sealed record TypeRule(string Code, string? Profile);

public sealed record SlicingRule(IReadOnlyList<string> Discriminators, string Rules);

/// <summary>The <c>system|code</c> pairs of a required value set, or why it could not be expanded.</summary>
public sealed record ValueSetCodes(string Url, IReadOnlyList<string>? Codes, string? NotExpanded)
{
    private readonly Lazy<HashSet<string>> _pairs = new(() => [.. Codes ?? []]);
    private readonly Lazy<HashSet<string>> _codes = new(() => [.. (Codes ?? []).Select(c => c[(c.IndexOf('|', StringComparison.Ordinal) + 1)..])]);

    public bool Contains(string? system, string code) => system is null ? _codes.Value.Contains(code) : _pairs.Value.Contains(system + "|" + code);
}

internal sealed record ProfileConstraintFile(string GeneratedBy, List<StructureFile> Structures, List<ValueSetCodes> ValueSets);

internal sealed record StructureFile(string Url, string Type, string Kind, string Source, string? ContextType, List<string>? Context, List<ElementRule> Elements);
