namespace GpConnect.Provider.Store.Entities;

/// <summary>
/// A document in the record (CareConnect-GPC-DocumentReference-1 metadata). Its bytes live in
/// <see cref="DocumentContent"/> so that searches never load them; <see cref="SizeBytes"/> lets the host apply the
/// 5 MB limit of Access Document "Retrieve" without reading the content.
/// </summary>
public class Document : ClinicalItem
{
    public string? TypeCode { get; set; }

    public string TypeDisplay { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>When the document was authored or last edited (DocumentReference.created).</summary>
    public DateTime? Created { get; set; }

    /// <summary>When the document was filed into the record (DocumentReference.indexed).</summary>
    public DateTime Indexed { get; set; }

    public int? AuthorOrganisationId { get; set; }

    public Organisation? AuthorOrganisation { get; set; }

    public int? AuthorPractitionerId { get; set; }

    public Practitioner? AuthorPractitioner { get; set; }

    public string ContentType { get; set; } = "";

    public long SizeBytes { get; set; }

    public string? PracticeSetting { get; set; }

    public DocumentContent? Content { get; set; }
}
