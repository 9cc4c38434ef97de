namespace GpConnect.Provider.Store.Entities;

/// <summary>A consultation has topics, and a topic may have headings (three-level structure).</summary>
public enum ConsultationSectionKind
{
    Topic,
    Heading,
}
