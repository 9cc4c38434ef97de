namespace GpConnect.Provider.Store.Entities;

/// <summary>
/// A surgery (main or branch) where appointments happen. Its <see cref="Id"/> is the FHIR logical id and is
/// assigned, not generated, because assurance addresses locations by fixed ids (Location/1, /8, /3).
/// </summary>
public class Location : IVersionedEntity
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The practice managing the location (Location.managingOrganization).</summary>
    public int ManagingOrganisationId { get; set; }

    public Organisation ManagingOrganisation { get; set; } = null!;

    /// <summary>The ODS site the location belongs to, if it has one.</summary>
    public int? SiteId { get; set; }

    public Organisation? Site { get; set; }

    /// <summary>A local location code, if any.</summary>
    public string? LocalCode { get; set; }

    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? Town { get; set; }

    public string? Postcode { get; set; }

    public string? Telephone { get; set; }

    public bool IsActive { get; set; } = true;

    public int Version { get; set; }

    public DateTime LastUpdated { get; set; }
}
