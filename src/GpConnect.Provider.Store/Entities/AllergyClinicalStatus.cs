namespace GpConnect.Provider.Store.Entities;

/// <summary>AllergyIntolerance.clinicalStatus values GP Connect allows.</summary>
public enum AllergyClinicalStatus
{
    Active,
    Resolved,
}
