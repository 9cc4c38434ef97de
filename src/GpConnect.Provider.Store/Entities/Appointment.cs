namespace GpConnect.Provider.Store.Entities;

/// <summary>
/// An appointment (GPConnect-Appointment-1) with the booking organisation as sent in the contained Organization,
/// stored because the provider must store, return and display it. Description and comment are stored untruncated.
/// </summary>
public class Appointment : IVersionedEntity
{
    public int Id { get; set; }

    public Guid Identifier { get; set; }

    public int PatientId { get; set; }

    public Patient Patient { get; set; } = null!;

    public int LocationId { get; set; }

    public Location Location { get; set; } = null!;

    public int? PractitionerId { get; set; }

    public Practitioner? Practitioner { get; set; }

    public AppointmentStatus Status { get; set; }

    public DateTime Start { get; set; }

    public DateTime End { get; set; }

    public DateTime Created { get; set; }

    public string Description { get; set; } = "";

    public string? Comment { get; set; }

    public string? CancellationReason { get; set; }

    public string ServiceType { get; set; } = "";

    public string? ServiceCategory { get; set; }

    public DeliveryChannel DeliveryChannel { get; set; }

    public string? PractitionerRoleCode { get; set; }

    public string? PractitionerRoleDisplay { get; set; }

    public string? BookingOrganisationOdsCode { get; set; }

    public string? BookingOrganisationName { get; set; }

    public string? BookingOrganisationTelephone { get; set; }

    /// <summary>GPConnect-OrganisationType-1 code, only when the consumer sent one as a searchFilter.</summary>
    public string? BookingOrganisationType { get; set; }

    public int Version { get; set; }

    public DateTime LastUpdated { get; set; }

    public ICollection<AppointmentSlot> Slots { get; } = [];
}
