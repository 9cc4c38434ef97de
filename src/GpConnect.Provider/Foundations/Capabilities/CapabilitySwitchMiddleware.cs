using GpConnect.Provider.Foundations.Errors;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Store.Entities;

namespace GpConnect.Provider.Foundations.Capabilities;

/// <summary>
/// Refuses an interaction the addressed practice has not switched on with 403 <c>ACCESS DENIED</c> (foundations,
/// "Enablement and governance switches"; structured error table: "GP Connect disabled … Access Record Structured
/// disabled"). The Foundations CapabilityStatement is always served.
/// </summary>
public sealed class CapabilitySwitchMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<GpConnectInteractionFeature>() is { } matched
            && context.Features.Get<Practice>() is { } practice
            && !practice.Allows(matched.Interaction.Capability))
        {
            throw new GpConnectException(
                SpineErrorCode.AccessDenied,
                $"{matched.Interaction.Capability} is not enabled for GP Connect at practice {practice.Organisation.OdsCode}.");
        }

        return next(context);
    }
}
