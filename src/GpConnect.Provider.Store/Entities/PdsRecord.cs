namespace GpConnect.Provider.Store.Entities;

/// <summary>
/// One person as the Personal Demographics Service (PDS, Spine) holds them, in the provider's local PDS dataset.
/// Register patient traces the NHS number here before it registers anyone (Foundations, "Register patient": PDS
/// Retrieval, then reject deceased, sensitive, invalid or superseded records). The dataset stands in for Spine: it
/// is seeded from the assurance list of patients known to PDS and from the provider's own test patients.
/// </summary>
public class PdsRecord
{
    public int Id { get; set; }

    public string NhsNumber { get; set; } = "";

    public string FamilyName { get; set; } = "";

    public string GivenName { get; set; } = "";

    public AdministrativeGender Gender { get; set; }

    public DateOnly BirthDate { get; set; }

    /// <summary>PDS S-flag: the record's demographics are restricted.</summary>
    public bool IsSensitive { get; set; }

    public DateOnly? DeceasedOn { get; set; }

    /// <summary>PDS has replaced this NHS number with another one.</summary>
    public bool IsSuperseded { get; set; }

    /// <summary>PDS has marked the record invalid.</summary>
    public bool IsInvalid { get; set; }
}
