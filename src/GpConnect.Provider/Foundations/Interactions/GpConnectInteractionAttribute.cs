namespace GpConnect.Provider.Foundations.Interactions;

/// <summary>
/// Declares which GP Connect interaction an action serves. Endpoint metadata read by the request pipeline: the
/// <c>Ssp-InteractionID</c> check, the JWT scope and reason rules, the capability switch and the audit, so the rules
/// stay next to the action they govern. Repeat it when interactions share a route and verb (amend and cancel are
/// both <c>PUT /Appointment/{id}</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class GpConnectInteractionAttribute(string interactionId) : Attribute
{
    public string InteractionId { get; } = interactionId;

    /// <summary>The interaction's rules from <see cref="GpConnectInteractions"/>; an ID missing there fails at start-up.</summary>
    public GpConnectInteraction Interaction { get; } = GpConnectInteractions.Get(interactionId);
}
