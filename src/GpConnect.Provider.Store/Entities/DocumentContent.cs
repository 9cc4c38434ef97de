namespace GpConnect.Provider.Store.Entities;

/// <summary>The bytes of a <see cref="Document"/> (served as a FHIR Binary).</summary>
public class DocumentContent
{
    public int DocumentId { get; set; }

    public Document Document { get; set; } = null!;

    public byte[] Data { get; set; } = [];
}
