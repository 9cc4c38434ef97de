namespace GpConnect.Provider.Store.Entities;

/// <summary>
/// A practitioner known by SDS user id. The SDS user id is not unique here: the reference data holds one id on
/// two practitioner records.
/// </summary>
public class Practitioner : IVersionedEntity
{
    public int Id { get; set; }

    public string SdsUserId { get; set; } = "";

    public string? Prefix { get; set; }

    public string? GivenName { get; set; }

    public string FamilyName { get; set; } = "";

    public AdministrativeGender Gender { get; set; }

    /// <summary>Preferred language (nhsCommunication), as a BCP 47 code.</summary>
    public string? LanguageCode { get; set; }

    public int Version { get; set; }

    public DateTime LastUpdated { get; set; }

    public ICollection<PractitionerRole> Roles { get; } = [];
}
