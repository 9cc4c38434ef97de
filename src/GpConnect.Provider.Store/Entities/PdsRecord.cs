namespace GpConnect.Provider.Store.Entities;

/// <summary>
/// A person as the Personal Demographics Service (Spine) holds them. This provider has no Spine connection, so
/// these rows stand in for a PDS Retrieval: Find Patient verifies unverified NHS numbers against them and Register
/// Patient reads the demographics, the sensitive/deceased/invalid/superseded flags and the registered practice
/// (Foundations, "Register patient" provider flow).
/// </summary>
public class PdsRecord
{
    public int Id { get; set; }

    public string NhsNumber { get; set; } = "";

    public string? Title { get; set; }

    public string GivenName { get; set; } = "";

    public string FamilyName { get; set; } = "";

    public AdministrativeGender Gender { get; set; }

    public DateOnly BirthDate { get; set; }

    public DateTime? DeceasedAt { get; set; }

    /// <summary>S-flag: demographics must not be disclosed.</summary>
    public bool IsSensitive { get; set; }

    public bool IsInvalid { get; set; }

    /// <summary>When the number is superseded, the NHS number that replaced it.</summary>
    public string? SupersededBy { get; set; }

    /// <summary>ODS code of the GP practice PDS records the person as registered with, if any.</summary>
    public string? RegisteredPracticeOdsCode { get; set; }
}
