using GpConnect.Provider.Foundations.Errors;

namespace GpConnect.Provider.Foundations.Interactions;

/// <summary>
/// <c>Ssp-InteractionID</c> must name the interaction the URL and verb select (foundations, "Required HTTP request
/// headers": "InteractionID header does not match request → BAD_REQUEST"), compared case-sensitively with the
/// <see cref="GpConnectInteractionAttribute"/>s of the matched endpoint. Wrong case, wrong resource or wrong verb
/// are all 400 BAD_REQUEST. The matched interaction becomes a <see cref="GpConnectInteractionFeature"/> for the JWT
/// rules, the capability switch and the audit.
/// </summary>
public sealed class InteractionIdMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var declared = context.GetEndpoint()?.Metadata.GetOrderedMetadata<GpConnectInteractionAttribute>();
        if (declared is null || declared.Count == 0)
        {
            return next(context);
        }

        var sent = context.Request.Headers[GpConnectHeaders.SspInteractionId].ToString();
        var match = declared.FirstOrDefault(d => string.Equals(d.InteractionId, sent, StringComparison.Ordinal))
            ?? throw new GpConnectException(
                SpineErrorCode.BadRequest,
                $"The {GpConnectHeaders.SspInteractionId} header '{sent}' does not match {context.Request.Method} " +
                $"{context.Request.Path}, which serves {string.Join(" or ", declared.Select(d => d.InteractionId))}.");

        context.Features.Set(new GpConnectInteractionFeature(match.Interaction));
        return next(context);
    }
}
