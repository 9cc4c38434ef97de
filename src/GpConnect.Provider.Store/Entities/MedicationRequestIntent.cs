namespace GpConnect.Provider.Store.Entities;

/// <summary>An authorisation (plan) or one issue of it (order).</summary>
public enum MedicationRequestIntent
{
    Plan,
    Order,
}
