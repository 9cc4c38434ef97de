namespace GpConnect.Provider.Store.Entities;

/// <summary>AllergyIntolerance.reaction.severity.</summary>
public enum ReactionSeverity
{
    Mild,
    Moderate,
    Severe,
}
