namespace GpConnect.Provider.Store.Entities;

/// <summary>A recall or planned activity (diary ProcedureRequest; only incomplete entries are returned).</summary>
public class DiaryEntry : ClinicalItem
{
    public DiaryEntryStatus Status { get; set; }

    public string? Code { get; set; }

    public string Display { get; set; } = "";

    public DateTime AuthoredOn { get; set; }

    public int RequesterId { get; set; }

    public Practitioner Requester { get; set; } = null!;

    /// <summary>The planned date (occurrenceDateTime or occurrencePeriod.start).</summary>
    public DateTime? PlannedStart { get; set; }

    public DateTime? PlannedEnd { get; set; }

    public string? Note { get; set; }
}
