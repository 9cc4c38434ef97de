namespace GpConnect.Provider.Store.Entities;

/// <summary>A topic (optionally about a problem) or, under a topic, a heading of a consultation.</summary>
public class ConsultationSection
{
    public int Id { get; set; }

    public int ConsultationId { get; set; }

    public Consultation Consultation { get; set; } = null!;

    public ConsultationSectionKind Kind { get; set; }

    /// <summary>For a heading, the topic it sits under.</summary>
    public int? ParentSectionId { get; set; }

    public ConsultationSection? ParentSection { get; set; }

    public string Title { get; set; } = "";

    public string? Code { get; set; }

    /// <summary>For a topic, the problem it is about.</summary>
    public int? ProblemId { get; set; }

    public Problem? Problem { get; set; }

    public int SortOrder { get; set; }

    public ICollection<ConsultationSection> Headings { get; } = [];

    public ICollection<ConsultationItem> Items { get; } = [];
}
