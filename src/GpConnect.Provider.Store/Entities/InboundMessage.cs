namespace GpConnect.Provider.Store.Entities;

/// <summary>
/// An ITK3 message received over MESH (Send Document or Update Record), with the ids needed for acknowledgements,
/// duplicate detection and replacement chains, and the raw payload kept for audit.
/// </summary>
public class InboundMessage
{
    public int Id { get; set; }

    public string MeshMessageId { get; set; } = "";

    public string? WorkflowId { get; set; }

    public string? SenderMailbox { get; set; }

    public string? RecipientMailbox { get; set; }

    public string? LocalId { get; set; }

    /// <summary>ITK Bundle identifier.</summary>
    public string? BundleIdentifier { get; set; }

    public string? MessageHeaderId { get; set; }

    public string? SenderReference { get; set; }

    /// <summary>MessageHeader.event code (the ITK3 interaction).</summary>
    public string? EventCode { get; set; }

    public string? SenderOdsCode { get; set; }

    public string? DocumentBundleIdentifier { get; set; }

    public string? CompositionIdentifier { get; set; }

    public string? CompositionVersion { get; set; }

    public string? PatientNhsNumber { get; set; }

    /// <summary>The matched patient, when the NHS number matched a registered patient.</summary>
    public int? PatientId { get; set; }

    public Patient? Patient { get; set; }

    public InboundMessageStatus Status { get; set; }

    public string? ResponseCode { get; set; }

    public string? ResponseText { get; set; }

    public string? AcknowledgementId { get; set; }

    /// <summary>The document filed from this message, if any.</summary>
    public int? DocumentId { get; set; }

    public Document? Document { get; set; }

    public string ContentType { get; set; } = "";

    public string Payload { get; set; } = "";

    public DateTime ReceivedAt { get; set; }

    public DateTime? ProcessedAt { get; set; }
}
