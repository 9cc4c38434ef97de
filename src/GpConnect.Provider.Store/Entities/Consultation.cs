namespace GpConnect.Provider.Store.Entities;

/// <summary>
/// A consultation (CareConnect-GPC-Encounter-1). Its structure is consultation → topic → (heading →) items,
/// held as <see cref="ConsultationSection"/> rows and <see cref="ConsultationItem"/> references.
/// </summary>
public class Consultation
{
    public int Id { get; set; }

    public Guid Identifier { get; set; }

    public int PatientId { get; set; }

    public Patient Patient { get; set; } = null!;

    public ConsultationStatus Status { get; set; }

    public string? TypeCode { get; set; }

    public string TypeDisplay { get; set; } = "";

    public DateTime StartTime { get; set; }

    public DateTime? EndTime { get; set; }

    /// <summary>The clinician who recorded it (participant type REC).</summary>
    public int RecorderId { get; set; }

    public Practitioner Recorder { get; set; } = null!;

    /// <summary>The primary attributed clinician (participant type PPRF).</summary>
    public int? PrimaryClinicianId { get; set; }

    public Practitioner? PrimaryClinician { get; set; }

    public int? LocationId { get; set; }

    public Location? Location { get; set; }

    public int? ServiceProviderId { get; set; }

    public Organisation? ServiceProvider { get; set; }

    public bool IsConfidential { get; set; }

    public DateTime RecordedAt { get; set; }

    public ICollection<ConsultationSection> Sections { get; } = [];
}
