using System.Buffers.Text;
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
    /// the reference provider rejects both), not UTF-8, not a JSON object, or repeats a property name (RFC 7519
    /// lets a JWT parser reject duplicate claim names; a repeated name inside a requesting_* resource is no
    /// better, since the consumer's audit and ours could read different values).
    /// </summary>
    public static JsonObject? DecodeObject(string segment) =>
        DecodeBytes(segment) is { } bytes ? JwtSegmentJson.Strict(bytes) : null;

    /// <summary>
    /// Best effort, never throws: the claims of whatever token the request carried, for the audit of a rejected
    /// request, read leniently (<see cref="JwtSegmentJson.Lenient"/>) so a malformed claim is recorded, not lost.
    /// </summary>
    public static JsonObject? TryReadPayload(string? authorization)
    {
        var segments = TokenOf(authorization)?.Split('.');
        return segments is { Length: 3 } && DecodeBytes(segments[1]) is { } bytes ? JwtSegmentJson.Lenient(bytes) : null;
    }

    private static byte[]? DecodeBytes(string segment) =>
        segment.Length == 0 || segment.AsSpan().IndexOfAny('=', '+', '/') >= 0 || !Base64Url.IsValid(segment)
            ? null
            : Base64Url.DecodeFromChars(segment);
}
