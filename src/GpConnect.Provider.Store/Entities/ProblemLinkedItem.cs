namespace GpConnect.Provider.Store.Entities;

/// <summary>
/// A consultation or clinical item linked to a problem (RelatedClinicalContent extension). The item is found by
/// its <see cref="ClinicalItem.Identifier"/> in the table <see cref="ItemType"/> names; consultations are linked
/// through <see cref="ConsultationId"/> instead.
/// </summary>
public class ProblemLinkedItem
{
    public int Id { get; set; }

    public int ProblemId { get; set; }

    public Problem Problem { get; set; } = null!;

    public ClinicalItemType? ItemType { get; set; }

    public Guid? ItemIdentifier { get; set; }

    public int? ConsultationId { get; set; }

    public Consultation? Consultation { get; set; }
}
