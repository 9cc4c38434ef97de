namespace GpConnect.Provider.Store.Entities;

/// <summary>A clinical item recorded under a consultation topic or heading, found by type and identifier.</summary>
public class ConsultationItem
{
    public int Id { get; set; }

    public int SectionId { get; set; }

    public ConsultationSection Section { get; set; } = null!;

    public ClinicalItemType ItemType { get; set; }

    public Guid ItemIdentifier { get; set; }

    public int SortOrder { get; set; }
}
