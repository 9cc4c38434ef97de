namespace GpConnect.Provider.Store.Entities;

/// <summary>Only incomplete diary entries are returned; completed and cancelled ones are kept but excluded.</summary>
public enum DiaryEntryStatus
{
    Active,
    Completed,
    Cancelled,
}
