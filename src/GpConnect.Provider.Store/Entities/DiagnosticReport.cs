namespace GpConnect.Provider.Store.Entities;

/// <summary>
/// An investigation report (CareConnect-GPC-DiagnosticReport-1; code fixed to "Diagnostic studies report") with the
/// test request it answers (ProcedureRequest, optional), its specimens and its result observations.
/// </summary>
public class DiagnosticReport : ClinicalItem
{
    public DiagnosticReportStatus Status { get; set; }

    public string Category { get; set; } = "Laboratory";

    public DateTime Issued { get; set; }

    /// <summary>The laboratory report id, when known.</summary>
    public string? LabReportId { get; set; }

    public string? PerformerOrganisationName { get; set; }

    public string? PerformerOrganisationOdsCode { get; set; }

    public string? Conclusion { get; set; }

    /// <summary>Business identifier of the test request, when the request is known.</summary>
    public Guid? TestRequestIdentifier { get; set; }

    public string? TestRequestCode { get; set; }

    public string? TestRequestDisplay { get; set; }

    public DateTime? TestRequestedAt { get; set; }

    public int? TestRequesterId { get; set; }

    public Practitioner? TestRequester { get; set; }

    public ICollection<Specimen> Specimens { get; } = [];

    public ICollection<Observation> Observations { get; } = [];
}
