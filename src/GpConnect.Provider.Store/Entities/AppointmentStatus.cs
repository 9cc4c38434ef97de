namespace GpConnect.Provider.Store.Entities;

/// <summary>STU3 appointmentstatus.</summary>
public enum AppointmentStatus
{
    Proposed,
    Pending,
    Booked,
    Arrived,
    Fulfilled,
    Cancelled,
    NoShow,
    EnteredInError,
}
