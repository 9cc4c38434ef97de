using GpConnect.Provider.Store.Entities;

namespace GpConnect.Provider.Store.Seed;

/// <summary>The seeded organisations, locations and practitioners, keyed by the assurance data's symbolic names.</summary>
internal sealed class ReferenceData(
    IReadOnlyDictionary<string, Organisation> organisations,
    IReadOnlyDictionary<int, Location> locations,
    IReadOnlyDictionary<string, Practitioner> practitioners)
{
    /// <summary>ORG1..ORG3, SIT1..SIT4.</summary>
    public IReadOnlyDictionary<string, Organisation> Organisations { get; } = organisations;

    public IReadOnlyDictionary<int, Location> Locations { get; } = locations;

    /// <summary>practitioner1..3, practitioner5a, practitioner5b.</summary>
    public IReadOnlyDictionary<string, Practitioner> Practitioners { get; } = practitioners;

    public Organisation Practice => Organisations[ReferenceDataSeed.ReferencePracticeKey];
}
