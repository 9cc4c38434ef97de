namespace GpConnect.Provider.Store.Entities;

/// <summary>A component of a panel observation, e.g. the systolic or diastolic part of a blood pressure (mm[Hg]).</summary>
public class ObservationComponent
{
    public int Id { get; set; }

    public int ObservationId { get; set; }

    public Observation Observation { get; set; } = null!;

    public string Code { get; set; } = "";

    public string Display { get; set; } = "";

    public decimal? ValueQuantity { get; set; }

    public string? ValueUnit { get; set; }

    /// <summary>Why the value is missing, when it is.</summary>
    public string? DataAbsentReason { get; set; }
}
