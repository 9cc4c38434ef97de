namespace GpConnect.Provider.Store.Entities;

/// <summary>AllergyIntolerance.criticality.</summary>
public enum AllergyCriticality
{
    Low,
    High,
    UnableToAssess,
}
