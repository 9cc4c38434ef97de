namespace GpConnect.Provider.Store.Entities;

/// <summary>
/// What every clinical record entry shares. <see cref="Identifier"/> is the globally unique, persistent business
/// identifier GP Connect requires on every clinical resource (Access Record Structured, "Clinical profiles"),
/// and it is how problems and consultation sections refer to linked items of any kind.
/// </summary>
public abstract class ClinicalItem
{
    public int Id { get; set; }

    public Guid Identifier { get; set; }

    public int PatientId { get; set; }

    public Patient Patient { get; set; } = null!;

    /// <summary>Practice-marked or patient-preference confidential: excluded with the confidential-items warning.</summary>
    public bool IsConfidential { get; set; }

    /// <summary>The consultation (Encounter) the item was recorded in, if any.</summary>
    public int? ConsultationId { get; set; }

    public Consultation? Consultation { get; set; }

    /// <summary>UTC time the item was entered into the record.</summary>
    public DateTime RecordedAt { get; set; }

    public int? RecorderId { get; set; }

    public Practitioner? Recorder { get; set; }
}
