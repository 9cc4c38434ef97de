namespace GpConnect.Provider.Store.Entities;

/// <summary>
/// A bookable session at a location, optionally for one practitioner (GPConnect-Schedule-1: actor = Location,
/// optionally Practitioner; serviceCategory = session or rota name; practitioner role extension).
/// </summary>
public class Schedule : IVersionedEntity
{
    public int Id { get; set; }

    public Guid Identifier { get; set; }

    public int LocationId { get; set; }

    public Location Location { get; set; } = null!;

    public int? PractitionerId { get; set; }

    public Practitioner? Practitioner { get; set; }

    public string? ServiceCategory { get; set; }

    public string? PractitionerRoleCode { get; set; }

    public string? PractitionerRoleDisplay { get; set; }

    public DateTime PlanningHorizonStart { get; set; }

    public DateTime? PlanningHorizonEnd { get; set; }

    public string? Comment { get; set; }

    public int Version { get; set; }

    public DateTime LastUpdated { get; set; }

    public ICollection<Slot> Slots { get; } = [];
}
