namespace GpConnect.Provider.Store.Entities;

/// <summary>Where an inbound ITK3 message is in its processing.</summary>
public enum InboundMessageStatus
{
    Received,
    Accepted,
    Rejected,
}
