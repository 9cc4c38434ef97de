namespace GpConnect.Provider.Foundations.Interactions;

/// <summary>
/// Declares which GP Connect interaction an action serves. Endpoint metadata read by the request pipeline (the
/// <c>Ssp-InteractionID</c> check, scope rules, audit), so the rules stay next to the action they govern.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class GpConnectInteractionAttribute(string interactionId) : Attribute
{
    public string InteractionId { get; } = interactionId;
}
