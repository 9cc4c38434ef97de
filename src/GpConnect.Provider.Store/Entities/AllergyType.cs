namespace GpConnect.Provider.Store.Entities;

/// <summary>AllergyIntolerance.type.</summary>
public enum AllergyType
{
    Allergy,
    Intolerance,
}
