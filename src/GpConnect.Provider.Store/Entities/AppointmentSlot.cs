namespace GpConnect.Provider.Store.Entities;

/// <summary>One of the (adjacent) slots an appointment occupies.</summary>
public class AppointmentSlot
{
    public int AppointmentId { get; set; }

    public Appointment Appointment { get; set; } = null!;

    public int SlotId { get; set; }

    public Slot Slot { get; set; } = null!;
}
