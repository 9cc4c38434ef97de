namespace GpConnect.Provider.Store.Entities;

/// <summary>MedicationStatement and MedicationRequest status values GP Connect allows.</summary>
public enum MedicationStatus
{
    Active,
    Completed,
    Stopped,
}
