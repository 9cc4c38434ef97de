using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GpConnect.Provider.Foundations.Jwt;

/// <summary>
/// Splits and decodes a GP Connect token (foundations, "Token form"): <c>base64url(header).base64url(payload).</c>
/// with an empty signature. Decoding only; what the parts must contain is <see cref="GpConnectJwtValidator"/>'s job.
/// </summary>
public static class UnsignedJwtReader
{
    /// <summary>The token of an <c>Authorization: Bearer &lt;token&gt;</c> value, or null when it has another shape.</summary>
    public static string? TokenOf(string? authorization) =>
        authorization is not null && authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization["Bearer ".Length..] : null;

    /// <summary>
    /// The segment as a JSON object, or null when it is not strict base64url (no padding, no <c>+</c> or <c>/</c>:
    /// the reference provider rejects both) or not a JSON object.
    /// </summary>
    public static JsonObject? DecodeObject(string segment)
    {
        if (segment.Length == 0 || segment.AsSpan().IndexOfAny('=', '+', '/') >= 0 || !Base64Url.IsValid(segment))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(Base64Url.DecodeFromChars(segment)) as JsonObject;
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Best effort, never throws: the claims of whatever token the request carried, for the audit of a rejected request.</summary>
    public static JsonObject? TryReadPayload(string? authorization)
    {
        var segments = TokenOf(authorization)?.Split('.');
        return segments is { Length: 3 } ? DecodeObject(segments[1]) : null;
    }
}
