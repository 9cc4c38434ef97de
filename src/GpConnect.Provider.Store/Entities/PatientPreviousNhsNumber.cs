namespace GpConnect.Provider.Store.Entities;

/// <summary>An NHS number the patient's record held before: superseded by PDS, or brought in by a merge.</summary>
public class PatientPreviousNhsNumber
{
    public int Id { get; set; }

    public int PatientId { get; set; }

    public Patient Patient { get; set; } = null!;

    public string NhsNumber { get; set; } = "";

    public NhsNumberChangeReason Reason { get; set; }

    public DateTime ChangedAt { get; set; }
}
