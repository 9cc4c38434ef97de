using GpConnect.Provider.Foundations.Jwt;
using Microsoft.AspNetCore.Authorization;

namespace GpConnect.Provider.Foundations.Interactions;

/// <summary>
/// Declares which GP Connect interaction an action serves. Endpoint metadata read by the request pipeline: the
/// <c>Ssp-InteractionID</c> check, the JWT scope and reason rules, the capability switch and the audit, so the rules
/// stay next to the action they govern. It also demands a GP Connect caller (<see cref="IAuthorizeData"/>): an
/// action that declares an interaction cannot be reached without a JWT that passed every rule. Repeat it when
/// interactions share a route and verb (amend and cancel are both <c>PUT /Appointment/{id}</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class GpConnectInteractionAttribute(string interactionId) : Attribute, IAuthorizeData
{
    public string InteractionId { get; } = interactionId;

    /// <summary>The interaction's rules from <see cref="GpConnectInteractions"/>; an ID missing there fails at start-up.</summary>
    public GpConnectInteraction Interaction { get; } = GpConnectInteractions.Get(interactionId);

    public string? Policy { get; set; } = GpConnectJwtDefaults.CallerPolicy;

    public string? Roles { get; set; }

    public string? AuthenticationSchemes { get; set; }
}
