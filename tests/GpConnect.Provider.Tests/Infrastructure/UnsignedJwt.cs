using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;

namespace GpConnect.Provider.Tests.Infrastructure;

/// <summary>
/// Writes a GP Connect JWT the way a consumer does (foundations, "Token form"): base64url header and payload without
/// padding, an empty signature, so the token ends with <c>.</c>.
/// </summary>
public static class UnsignedJwt
{
    /// <summary>The only header GP Connect accepts.</summary>
    public static JsonObject DefaultHeader() => new() { ["alg"] = "none", ["typ"] = "JWT" };

    public static string Encode(JsonObject header, JsonObject payload) =>
        $"{EncodeSegment(header.ToJsonString())}.{EncodeSegment(payload.ToJsonString())}.";

    public static string EncodeSegment(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
