using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using GpConnect.Provider.Tests.Infrastructure;

namespace GpConnect.Provider.Tests.Fuzz;

/// <summary>
/// JWT shapes (foundations, "Token form" and the claims table): bad base64url, the wrong number of segments, a payload
/// that is not a JSON object, duplicate keys, invalid UTF-8, NUL, huge or wrongly typed claims, abstract or wrong
/// <c>requesting_*</c> resource types, deep nesting. Each starts from the valid token the request builder makes.
/// </summary>
internal sealed class FuzzJwts(FuzzText text)
{
    private static readonly string[] s_claims =
        ["iss", "sub", "aud", "exp", "iat", "reason_for_request", "requested_scope", "requesting_device", "requesting_organization", "requesting_practitioner"];

    private static readonly string[] s_requestingClaims = ["requesting_device", "requesting_organization", "requesting_practitioner"];

    private static readonly string[] s_oddResourceTypes =
        ["Resource", "DomainResource", "Element", "BackboneElement", "", "resource", "Parameters", "Bundle", "Patient", "OperationOutcome", "InvalidResourceType", "Practitioner\u0000"];

    /// <summary>Applies one JWT shape to the request; returns the shape's name.</summary>
    public string Apply(GpConnectRequestBuilder request)
    {
        var token = request.BuildJwt();
        var parts = token.Split('.');
        var header = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[0]));
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1]));
        switch (text.Random.Next(12))
        {
            case 0:
                request.WithRawAuthorization("Bearer " + BadBase64(token));
                return "jwt/bad-base64";
            case 1:
                request.WithRawAuthorization(BadSegments(token, parts));
                return "jwt/segments";
            case 2:
                request.WithRawAuthorization(Bearer(header, text.Pick(s_notObjects)));
                return "jwt/payload-not-an-object";
            case 3:
                request.WithRawAuthorization(Bearer(header, DuplicateKey(payload)));
                return "jwt/duplicate-keys";
            case 4:
                request.WithRawAuthorization(Bearer(Encoding.UTF8.GetBytes(header), InvalidUtf8(payload)));
                return "jwt/invalid-utf8";
            case 5:
                request.WithClaim(text.Pick(s_claims), text.Chance(0.5) ? text.Huge(2_000, 18_000) : HugeArray());
                return "jwt/huge-claim";
            case 6:
                request.WithClaim(text.Pick(s_claims), WrongType());
                return "jwt/wrong-type";
            case 7:
                var claim = text.Pick(s_requestingClaims);
                var resource = Requesting(claim);
                resource["resourceType"] = text.Pick(s_oddResourceTypes);
                request.WithClaim(claim, resource);
                return "jwt/odd-requesting-resource-type";
            case 8:
                return Nul(request, header, payload);
            case 9:
                request.WithJwtHeader(text.Chance(0.5)
                    ? new JsonObject { ["alg"] = text.Pick(s_algorithms), ["typ"] = "JWT" }
                    : new JsonObject { ["alg"] = "none", ["typ"] = text.GarbleHeaderValue("JWT") });
                return "jwt/header";
            case 10:
                request.WithoutClaim(text.Pick(s_claims));
                return "jwt/missing-claim";
            default:
                request.WithRawAuthorization(Bearer(header, DeeplyNested(payload, text.Random.Next(20, 300))));
                return "jwt/deep-nesting";
        }
    }

    private static readonly string[] s_notObjects = ["[]", "\"claims\"", "1", "null", "{", "", "{}", "[{}]", "{\"iss\":}", "true"];

    private static readonly string[] s_algorithms = ["RS256", "HS256", "NONE", "None", "", "none\u0000"];

    private static JsonObject Requesting(string claim) => claim switch
    {
        "requesting_device" => GpConnectRequestBuilder.RequestingDevice(),
        "requesting_organization" => GpConnectRequestBuilder.RequestingOrganization(),
        _ => GpConnectRequestBuilder.RequestingPractitioner(),
    };

    private static string Bearer(string header, string payload) =>
        Bearer(Encoding.UTF8.GetBytes(header), Encoding.UTF8.GetBytes(payload));

    private static string Bearer(byte[] header, byte[] payload) =>
        $"Bearer {Base64Url.EncodeToString(header)}.{Base64Url.EncodeToString(payload)}.";

    private string BadBase64(string token) => text.Random.Next(5) switch
    {
        // Standard base64 with padding, which the reference provider rejects.
        0 => string.Join('.', token.Split('.').Select(p => p.Length == 0 ? p : Convert.ToBase64String(Base64Url.DecodeFromChars(p)))),
        1 => text.Insert(token, text.Pick(s_badBase64Characters)),
        2 => token.Replace('-', '+').Replace('_', '/'),
        3 => token[..^(1 + text.Random.Next(Math.Min(5, token.Length - 1)))],
        _ => text.Insert(token, "=="),
    };

    private static readonly string[] s_badBase64Characters = ["*", "=", "+", "/", "!", "%", "\u00E9", "\u00FF", "\t", ".."];

    private string BadSegments(string token, string[] parts) => text.Random.Next(8) switch
    {
        0 => "Bearer " + parts[0] + "." + parts[1],
        1 => "Bearer " + parts[1],
        2 => "Bearer " + token + "signature",
        3 => "Bearer " + token + "." + parts[1],
        4 => "Bearer .",
        5 => "Bearer ..",
        6 => "bearer " + token,
        _ => "Bearer  " + token,
    };

    /// <summary>The payload with one claim written twice, the first time with a different value.</summary>
    private string DuplicateKey(string payload)
    {
        var claim = text.Pick(s_claims);
        var value = text.Random.Next(4) switch
        {
            0 => "\"" + text.Word() + "\"",
            1 => "12345",
            2 => Requesting(text.Pick(s_requestingClaims)).ToJsonString(),
            _ => "null",
        };
        return text.Chance(0.5)
            ? "{\"" + claim + "\":" + value + "," + payload[1..]
            : payload[..^1] + ",\"" + claim + "\":" + value + "}";
    }

    /// <summary>The payload's UTF-8 with invalid bytes inside a string value.</summary>
    private byte[] InvalidUtf8(string payload)
    {
        var bytes = Encoding.UTF8.GetBytes(payload).ToList();
        var quote = bytes.IndexOf((byte)'"', text.Random.Next(bytes.Count / 2));
        byte[][] invalid = [[0xC3, 0x28], [0xFF], [0xE2, 0x82], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0x80]];
        bytes.InsertRange(quote < 0 ? 1 : quote + 1, text.Pick(invalid));
        return [.. bytes];
    }

    private string Nul(GpConnectRequestBuilder request, string header, string payload)
    {
        if (text.Chance(0.5))
        {
            // JSON's escape: a valid token whose claim holds NUL.
            var claim = text.Pick(s_claims);
            if (text.Chance(0.5) && s_requestingClaims.Contains(claim))
            {
                var resource = Requesting(claim);
                resource[claim == "requesting_device" ? "model" : "id"] = "Nul\u0000InTheMiddle";
                request.WithClaim(claim, resource);
            }
            else
            {
                request.WithClaim(claim, text.Word() + "\u0000" + text.Word());
            }

            return "jwt/nul-escaped";
        }

        // A raw NUL byte in the payload: not JSON.
        request.WithRawAuthorization(Bearer(header, text.Insert(payload, "\0")));
        return "jwt/nul-raw";
    }

    private JsonNode WrongType() => text.Random.Next(7) switch
    {
        0 => 42,
        1 => 1.5e300,
        2 => true,
        3 => new JsonArray(),
        4 => new JsonObject(),
        5 => "9690937278x",
        _ => JsonValue.Create(-1L),
    };

    private JsonArray HugeArray()
    {
        var array = new JsonArray();
        for (var i = text.Random.Next(100, 3_000); i > 0; i--)
        {
            array.Add(i);
        }

        return array;
    }

    /// <summary>The payload with extensions nested <paramref name="depth"/> deep in <c>requesting_device</c> (written as text: JsonNode refuses such depths).</summary>
    private static string DeeplyNested(string payload, int depth)
    {
        const string device = "\"requesting_device\":{";
        var nested = new StringBuilder("\"extension\":[");
        nested.Insert(nested.Length, "{\"url\":\"https://example.org/deep\",\"extension\":[", depth);
        nested.Append("{\"url\":\"https://example.org/deep\",\"valueString\":\"bottom\"}");
        nested.Insert(nested.Length, "]}", depth);
        nested.Append("],");
        var at = payload.IndexOf(device, StringComparison.Ordinal) + device.Length;
        return payload.Insert(at, nested.ToString());
    }
}
