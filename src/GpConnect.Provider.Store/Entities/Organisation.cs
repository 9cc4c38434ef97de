namespace GpConnect.Provider.Store.Entities;

/// <summary>An organisation known by ODS code: a GP practice, one of its sites, or another organisation.</summary>
public class Organisation : IVersionedEntity
{
    public int Id { get; set; }

    /// <summary>ODS organisation code, or ODS site code for <see cref="OrganisationKind.Site"/>.</summary>
    public string OdsCode { get; set; } = "";

    public string Name { get; set; } = "";

    public OrganisationKind Kind { get; set; }

    /// <summary>For a site, the organisation it belongs to.</summary>
    public int? PartOfId { get; set; }

    public Organisation? PartOf { get; set; }

    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? Town { get; set; }

    public string? County { get; set; }

    public string? Postcode { get; set; }

    public string? Telephone { get; set; }

    public string? Email { get; set; }

    public int Version { get; set; }

    public DateTime LastUpdated { get; set; }

    public ICollection<Organisation> Sites { get; } = [];

    public ICollection<Location> Locations { get; } = [];
}
