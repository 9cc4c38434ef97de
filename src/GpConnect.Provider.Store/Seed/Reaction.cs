using GpConnect.Provider.Store.Entities;

namespace GpConnect.Provider.Store.Seed;

/// <summary>An allergic reaction manifestation (SNOMED CT) and its severity.</summary>
internal sealed record Reaction(string Code, string Display, ReactionSeverity Severity);
