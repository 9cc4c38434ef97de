namespace GpConnect.Provider.Store.Entities;

/// <summary>A specimen examined for an investigation report (CareConnect-GPC-Specimen-1).</summary>
public class Specimen
{
    public int Id { get; set; }

    public Guid Identifier { get; set; }

    public int PatientId { get; set; }

    public Patient Patient { get; set; } = null!;

    public int DiagnosticReportId { get; set; }

    public DiagnosticReport DiagnosticReport { get; set; } = null!;

    public string? AccessionIdentifier { get; set; }

    public string? TypeCode { get; set; }

    public string TypeDisplay { get; set; } = "";

    public DateTime? CollectedAt { get; set; }

    public DateTime? ReceivedAt { get; set; }

    public string? CollectorName { get; set; }

    public string? BodySite { get; set; }

    public string? FastingStatus { get; set; }

    public string? Note { get; set; }
}
