using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using GpConnect.Provider.Foundations.Interactions;

namespace GpConnect.Provider.Tests.Infrastructure;

/// <summary>
/// Builds what a consumer sends through the Spine Security Proxy: the four Ssp-* headers and an unsigned JWT whose
/// claims match the spec's example (foundations, "Required HTTP request headers", "Authorization: the JWT").
/// <see cref="Build"/> gives a VALID request by default; a negative test changes exactly one thing with one
/// <c>With*</c>/<c>Without*</c> call, so a failure can only come from that change.
/// </summary>
/// <remarks>
/// <c>iat</c> is the given clock's "now" when the builder is created and <c>exp</c> is <c>iat + 300</c>;
/// <c>requested_scope</c> and <c>reason_for_request</c> come from the interaction table in src
/// (<see cref="GpConnectInteractions"/>), so a test for any interaction gets the scope that interaction needs. An
/// interaction ID missing from the table (a deliberately wrong one) gets <c>patient/*.read</c> and <c>directcare</c>.
/// </remarks>
public sealed class GpConnectRequestBuilder
{
    /// <summary>The consumer ASID the assurance test pack sends as <c>Ssp-From</c>.</summary>
    public const string ConsumerAsid = "200000000359";

    /// <summary>The provider ASID the test host is configured with (<c>GpConnect:ProviderAsid</c>); sent as <c>Ssp-To</c>.</summary>
    public const string ProviderAsid = "918999198738";

    /// <summary><c>sub</c> and <c>requesting_practitioner.id</c> of the default JWT.</summary>
    public const string PractitionerId = "10019";

    public const string SdsUserId = "111222333444";
    public const string SdsRoleProfileId = "444555666777";
    public const string RequestingOrganisationOdsCode = "A1001";
    public const string RequestingOrganisationName = "Test Hospital";

    /// <summary>The JWT lifetime GP Connect fixes: <c>exp</c> is exactly <c>iat</c> + 300 seconds.</summary>
    public const int TokenLifetimeSeconds = 300;

    private readonly HttpMethod _method;
    private readonly string _path;
    private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _removedHeaders = new(StringComparer.OrdinalIgnoreCase);
    private readonly JsonObject _claims;
    private JsonObject _jwtHeader = UnsignedJwt.DefaultHeader();
    private string? _rawAuthorization;
    private byte[]? _rawPayload;
    private (string Content, string ContentType)? _body;

    public GpConnectRequestBuilder(HttpMethod method, string path, string interactionId, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _method = method;
        _path = path;
        _headers["Ssp-TraceID"] = Guid.NewGuid().ToString();
        _headers["Ssp-From"] = ConsumerAsid;
        _headers["Ssp-To"] = ProviderAsid;
        _headers["Ssp-InteractionID"] = interactionId;

        var interaction = GpConnectInteractions.Find(interactionId);
        var issuedAt = clock.GetUtcNow().ToUnixTimeSeconds();
        _claims = new JsonObject
        {
            ["iss"] = "https://consumersupplier.thirdparty.nhs.uk/",
            ["sub"] = PractitionerId,
            ["aud"] = "https://providersupplier.thirdparty.nhs.uk/GP0001/STU3/1",
            ["exp"] = issuedAt + TokenLifetimeSeconds,
            ["iat"] = issuedAt,
            ["reason_for_request"] = interaction?.ReasonForRequest ?? ReasonsForRequest.DirectCare,
            ["requested_scope"] = interaction?.RequiredScope ?? GpConnectScopes.PatientRead,
            ["requesting_device"] = RequestingDevice(),
            ["requesting_organization"] = RequestingOrganization(),
            ["requesting_practitioner"] = RequestingPractitioner(),
        };
    }

    /// <summary>The <c>Ssp-TraceID</c> the request will carry (unless a test replaces or removes it).</summary>
    public string SspTraceId => _headers["Ssp-TraceID"];

    /// <summary>The unix time the default <c>iat</c> claim was set to.</summary>
    public long IssuedAt => _claims["iat"]!.GetValue<long>();

    /// <summary>A minimal valid STU3 Device as in the spec's example token.</summary>
    public static JsonObject RequestingDevice() => new()
    {
        ["resourceType"] = "Device",
        ["identifier"] = new JsonArray(new JsonObject
        {
            ["system"] = "https://consumersupplier.com/Id/device-identifier",
            ["value"] = "CONS-APP-4",
        }),
        ["model"] = "Consumer product name",
        ["version"] = "5.3.0",
    };

    /// <summary>A minimal valid STU3 Organization with the current ODS code system.</summary>
    public static JsonObject RequestingOrganization() => new()
    {
        ["resourceType"] = "Organization",
        ["identifier"] = new JsonArray(new JsonObject
        {
            ["system"] = "https://fhir.nhs.uk/Id/ods-organization-code",
            ["value"] = RequestingOrganisationOdsCode,
        }),
        ["name"] = RequestingOrganisationName,
    };

    /// <summary>A minimal valid STU3 Practitioner whose id equals <c>sub</c>, with SDS user and role profile ids.</summary>
    public static JsonObject RequestingPractitioner() => new()
    {
        ["resourceType"] = "Practitioner",
        ["id"] = PractitionerId,
        ["identifier"] = new JsonArray(
            new JsonObject { ["system"] = "https://fhir.nhs.uk/Id/sds-user-id", ["value"] = SdsUserId },
            new JsonObject { ["system"] = "https://fhir.nhs.uk/Id/sds-role-profile-id", ["value"] = SdsRoleProfileId },
            new JsonObject { ["system"] = "https://consumersupplier.com/Id/user-guid", ["value"] = "98ed4f78-814d-4266-8d5b-cde742f3093c" }),
        ["name"] = new JsonArray(new JsonObject
        {
            ["family"] = "Jones",
            ["given"] = new JsonArray("Claire"),
            ["prefix"] = new JsonArray("Dr"),
        }),
    };

    /// <summary>Sets (or replaces) a request header, e.g. a different <c>Ssp-To</c>.</summary>
    public GpConnectRequestBuilder WithHeader(string name, string value)
    {
        _removedHeaders.Remove(name);
        _headers[name] = value;
        return this;
    }

    /// <summary>Leaves a header out; <c>Authorization</c> included.</summary>
    public GpConnectRequestBuilder WithoutHeader(string name)
    {
        _headers.Remove(name);
        _removedHeaders.Add(name);
        return this;
    }

    /// <summary>Sets a JWT claim; a null value sends JSON <c>null</c>.</summary>
    public GpConnectRequestBuilder WithClaim(string name, JsonNode? value)
    {
        _claims[name] = value;
        return this;
    }

    public GpConnectRequestBuilder WithoutClaim(string name)
    {
        _claims.Remove(name);
        return this;
    }

    /// <summary>Replaces the JWT header (<c>{"alg":"none","typ":"JWT"}</c> by default).</summary>
    public GpConnectRequestBuilder WithJwtHeader(JsonObject header)
    {
        _jwtHeader = header;
        return this;
    }

    /// <summary>Sends this exact <c>Authorization</c> value instead of <c>Bearer</c> plus the built token.</summary>
    public GpConnectRequestBuilder WithRawAuthorization(string value)
    {
        _removedHeaders.Remove("Authorization");
        _rawAuthorization = value;
        return this;
    }

    /// <summary>The claims as JSON text, for tests that tamper with the payload itself (<see cref="WithRawPayload"/>).</summary>
    public string ClaimsJson() => _claims.ToJsonString();

    /// <summary>Sends exactly these payload bytes (base64url-encoded) in place of the claims: repeated names, bytes that are not UTF-8.</summary>
    public GpConnectRequestBuilder WithRawPayload(byte[] payload)
    {
        _rawPayload = payload;
        return this;
    }

    /// <summary>Sets <c>requested_scope</c>, e.g. <c>patient/*.read conf/N</c>.</summary>
    public GpConnectRequestBuilder WithScope(string scope) => WithClaim("requested_scope", scope);

    /// <summary>A request body with this exact <c>Content-Type</c> value (sent unvalidated, so odd ones can be tested).</summary>
    public GpConnectRequestBuilder WithBody(string content, string contentType)
    {
        _body = (content, contentType);
        return this;
    }

    public GpConnectRequestBuilder WithAccept(string accept) => WithHeader("Accept", accept);

    /// <summary>The token the request will carry, for tests that tamper with its encoding.</summary>
    public string BuildJwt() => _rawPayload is null
        ? UnsignedJwt.Encode(_jwtHeader, (JsonObject)_claims.DeepClone())
        : $"{UnsignedJwt.EncodeSegment(_jwtHeader.ToJsonString())}.{Base64Url.EncodeToString(_rawPayload)}.";

    public HttpRequestMessage Build()
    {
        var request = new HttpRequestMessage(_method, new Uri(_path, UriKind.Relative));
        foreach (var (name, value) in _headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (!_removedHeaders.Contains("Authorization"))
        {
            request.Headers.TryAddWithoutValidation("Authorization", _rawAuthorization ?? "Bearer " + BuildJwt());
        }

        if (_body is var (content, contentType))
        {
            request.Content = new StringContent(content, Encoding.UTF8);
            request.Content.Headers.Remove("Content-Type");
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return request;
    }

    /// <summary>Formats a number claim as a JSON string, for tests of wrongly typed claims.</summary>
    public static JsonNode AsString(long value) => JsonValue.Create(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>The media type a response declares, without parameters.</summary>
    public static string? MediaTypeOf(HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;
}
