namespace GpConnect.Provider.Store.Entities;

/// <summary>STU3 slotstatus.</summary>
public enum SlotStatus
{
    Free,
    Busy,
    BusyUnavailable,
    BusyTentative,
    EnteredInError,
}
