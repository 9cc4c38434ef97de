namespace GpConnect.Provider.Store.Entities;

/// <summary>
/// A slot in a schedule (GPConnect-Slot-1). Start and end are UTC; the wire shows them in UK local time.
/// Booking restrictions follow the Appointment Management restriction matrix: a slot is offered only when
/// <see cref="IsGpConnectBookable"/>, and organisation-type/ODS restrictions are space-free comma lists.
/// </summary>
public class Slot : IVersionedEntity
{
    public int Id { get; set; }

    public int ScheduleId { get; set; }

    public Schedule Schedule { get; set; } = null!;

    public DateTime Start { get; set; }

    public DateTime End { get; set; }

    public SlotStatus Status { get; set; }

    /// <summary>The practice slot type (Slot.serviceType.text; mandatory to populate).</summary>
    public string ServiceType { get; set; } = "";

    public DeliveryChannel DeliveryChannel { get; set; }

    public bool IsGpConnectBookable { get; set; } = true;

    /// <summary>GPConnect-OrganisationType-1 codes allowed to book, comma separated; null = no restriction.</summary>
    public string? BookableOrganisationTypes { get; set; }

    /// <summary>ODS codes allowed to book, comma separated; null = no restriction.</summary>
    public string? BookableOdsCodes { get; set; }

    public int Version { get; set; }

    public DateTime LastUpdated { get; set; }
}
