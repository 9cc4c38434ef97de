namespace GpConnect.Provider.Foundations.Interactions;

/// <summary>
/// One GP Connect interaction and the rules that follow from it: the <c>requested_scope</c> its JWT must carry, the
/// <c>reason_for_request</c> it accepts and the practice switch it needs. See <see cref="GpConnectInteractions"/>.
/// </summary>
public sealed record GpConnectInteraction(
    string Id,
    string RequiredScope,
    GpConnectCapability Capability,
    string ReasonForRequest = ReasonsForRequest.DirectCare)
{
    /// <summary>GP2GP migration may ask for restricted (<c>conf/R</c>) data; nothing else may.</summary>
    public bool AllowsRestrictedConfidentiality => ReasonForRequest == ReasonsForRequest.Migration;
}
