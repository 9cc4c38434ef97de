using System.Text.RegularExpressions;
using GpConnect.Provider.Foundations.Errors;
using GpConnect.Provider.Foundations.Jwt;
using GpConnect.Provider.Foundations.ServiceRoots;
using GpConnect.Provider.Store.Domain;
using Microsoft.Extensions.Options;

namespace GpConnect.Provider.Foundations.Ssp;

/// <summary>
/// Checks the headers every GP Connect request carries through the Spine Security Proxy (foundations, "Required
/// HTTP request headers"; security guidance, "SSP headers"): <c>Ssp-TraceID</c> a GUID, <c>Ssp-From</c> a 12-digit
/// ASID, <c>Ssp-To</c> our own ASID, <c>Ssp-InteractionID</c> present (its match with the route is
/// <see cref="Interactions.InteractionIdMiddleware"/>'s job), and <c>Authorization</c> of the form
/// <c>Bearer &lt;token&gt;</c>. Any failure is 400 BAD_REQUEST naming the header. The headers are read, never
/// routed on: the practice comes from the URL alone (SDS guidance 3.7).
/// </summary>
public sealed partial class SspHeaderMiddleware(RequestDelegate next, IOptions<GpConnectOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!ServiceRootRequests.IsGpConnectRequest(context))
        {
            await next(context);
            return;
        }

        var headers = context.Request.Headers;
        var traceId = Required(headers, GpConnectHeaders.SspTraceId);
        if (!Guid.TryParse(traceId, out _))
        {
            throw Invalid(GpConnectHeaders.SspTraceId, $"'{Shorten(traceId)}' is not a GUID");
        }

        var from = Required(headers, GpConnectHeaders.SspFrom);
        if (!AsidPattern().IsMatch(from))
        {
            throw Invalid(GpConnectHeaders.SspFrom, $"'{Shorten(from)}' is not a 12-digit ASID");
        }

        var to = Required(headers, GpConnectHeaders.SspTo);
        if (!string.Equals(to, options.Value.ProviderAsid, StringComparison.Ordinal))
        {
            throw Invalid(GpConnectHeaders.SspTo, $"'{Shorten(to)}' does not match the ASID of this provider");
        }

        var interactionId = Required(headers, GpConnectHeaders.SspInteractionId);
        if (interactionId.Length > FieldLengths.InteractionId)
        {
            throw Invalid(GpConnectHeaders.SspInteractionId, "it is longer than any GP Connect interaction ID");
        }

        var authorization = Required(headers, GpConnectHeaders.Authorization);
        if (UnsignedJwtReader.TokenOf(authorization) is not { Length: > 0 } token || token.Contains(' ', StringComparison.Ordinal))
        {
            throw Invalid(GpConnectHeaders.Authorization, "it must be 'Bearer' and the JWT, separated by one space");
        }

        await next(context);
    }

    private static string Required(IHeaderDictionary headers, string name)
    {
        var values = headers[name];
        var value = values.Count == 1 ? values[0] : null;
        return string.IsNullOrWhiteSpace(value)
            ? throw new GpConnectException(SpineErrorCode.BadRequest, $"The {name} header is missing, empty or repeated.")
            : value;
    }

    private static GpConnectException Invalid(string header, string reason) =>
        new(SpineErrorCode.BadRequest, $"The {header} header is invalid: {reason}.");

    /// <summary>Echoes at most a few characters of a bad value: enough to recognise it, never a whole token.</summary>
    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    [GeneratedRegex(@"^\d{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex AsidPattern();
}
