namespace GpConnect.Provider.Store.Entities;

/// <summary>GP Connect allows only medication or environment (never food or biologic).</summary>
public enum AllergyCategory
{
    Medication,
    Environment,
}
