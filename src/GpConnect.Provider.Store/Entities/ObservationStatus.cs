namespace GpConnect.Provider.Store.Entities;

/// <summary>Observation.status values used by GP Connect.</summary>
public enum ObservationStatus
{
    Registered,
    Preliminary,
    Final,
    Amended,
}
