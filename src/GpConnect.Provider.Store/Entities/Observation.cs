namespace GpConnect.Provider.Store.Entities;

/// <summary>
/// An observation in any of its GP Connect shapes (<see cref="Kind"/>): uncategorised data, a blood pressure panel
/// (with <see cref="ObservationComponent"/>s), consultation narrative, or, inside an investigation report, a test
/// group header, a test result under a group (<see cref="Parent"/>) or a filing comment.
/// </summary>
public class Observation : ClinicalItem
{
    public ObservationKind Kind { get; set; }

    public ObservationStatus Status { get; set; } = ObservationStatus.Final;

    public string Code { get; set; } = "";

    public string Display { get; set; } = "";

    public DateTime? EffectiveStart { get; set; }

    public DateTime? EffectiveEnd { get; set; }

    public DateTime Issued { get; set; }

    public int? PerformerId { get; set; }

    public Practitioner? Performer { get; set; }

    public decimal? ValueQuantity { get; set; }

    /// <summary>UCUM unit of <see cref="ValueQuantity"/>.</summary>
    public string? ValueUnit { get; set; }

    public string? ValueString { get; set; }

    public string? Interpretation { get; set; }

    public decimal? ReferenceRangeLow { get; set; }

    public decimal? ReferenceRangeHigh { get; set; }

    public string? ReferenceRangeText { get; set; }

    public string? Comment { get; set; }

    public int? DiagnosticReportId { get; set; }

    public DiagnosticReport? DiagnosticReport { get; set; }

    /// <summary>For a test result, its test group header.</summary>
    public int? ParentId { get; set; }

    public Observation? Parent { get; set; }

    public int? SpecimenId { get; set; }

    public Specimen? Specimen { get; set; }

    public ICollection<ObservationComponent> Components { get; } = [];

    public ICollection<Observation> Members { get; } = [];
}
