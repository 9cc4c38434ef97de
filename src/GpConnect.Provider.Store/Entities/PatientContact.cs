namespace GpConnect.Provider.Store.Entities;

/// <summary>A next of kin or other contact (Patient.contact; relationships are free text).</summary>
public class PatientContact
{
    public int Id { get; set; }

    public int PatientId { get; set; }

    public Patient Patient { get; set; } = null!;

    public string Relationship { get; set; } = "";

    public string? Title { get; set; }

    public string? GivenName { get; set; }

    public string? FamilyName { get; set; }

    public string? Telephone { get; set; }
}
