using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using GpConnect.Fhir.Stu3;
using GpConnect.Fhir.Stu3.Model;
using GpConnect.Fhir.Stu3.Serialization;
using GpConnect.Provider.Foundations.Errors;
using GpConnect.Provider.Foundations.Fhir;
using GpConnect.Provider.Foundations.Interactions;
using Hl7.Fhir.Model;
using static GpConnect.Provider.Foundations.Jwt.JwtClaimNames;

namespace GpConnect.Provider.Foundations.Jwt;

/// <summary>
/// Every rule a GP Connect 1.x JWT must pass (foundations, "Authorization: the JWT"), as one ordered table; the
/// first failing rule answers. The failure codes follow the assurance test pack where it differs from the written
/// spec (docs/decisions/0005): a token problem, missing or malformed claim is 400 BAD_REQUEST; a requesting_*
/// claim that is not a valid STU3 resource (unparseable, failing the model, or of an unknown resourceType) is
/// 422 INVALID_RESOURCE; a valid resource of the wrong type is 400 BAD_REQUEST; a future <c>iat</c> is accepted.
/// </summary>
public sealed class GpConnectJwtValidator
{
    /// <summary>GP Connect fixes the token lifetime: <c>exp</c> is exactly <c>iat</c> + 300 seconds.</summary>
    public const int LifetimeSeconds = 300;

    /// <summary>Bounds <see cref="_parsedResources"/>; when full it starts again, which costs one parse per claim.</summary>
    private const int ParsedResourcesCapacity = 2048;

    /// <summary>
    /// Real device, organisation and practitioner claims are well under this; longer texts are parsed every time, so
    /// the cache stays within a few tens of megabytes whatever consumers send.
    /// </summary>
    private const int ParsedResourceMaxLength = 2048;

    private readonly FhirStu3Serializer _serializer;
    private readonly TimeProvider _clock;

    /// <summary>
    /// Strict STU3 parsing is the dearest rule, and a consumer sends the same requesting_device and
    /// requesting_organization on every request (and the same requesting_practitioner on every request of a user),
    /// so each distinct claim text that parsed is kept. The shared instances are only read.
    /// </summary>
    private readonly ConcurrentDictionary<string, Resource> _parsedResources = new(StringComparer.Ordinal);

    public GpConnectJwtValidator(FhirStu3Serializer serializer, TimeProvider clock)
    {
        _serializer = serializer;
        _clock = clock;
        Rules =
        [
            // Token form (foundations, "Token form").
            new("three segments with an empty signature", SpineErrorCode.BadRequest, c =>
                c.Segments is [_, _, ""] ? null : "The JWT must be header.payload. with an empty signature (unsigned, ending in '.')."),
            new("header is base64url JSON", SpineErrorCode.BadRequest, c =>
                DecodeInto(c.Segments[0], header => c.Header = header) ? null : "The JWT header must be base64url (no padding, no '+' or '/') encoded UTF-8 JSON, each name once."),
            new("header is alg none, typ JWT", SpineErrorCode.BadRequest, c =>
                c.Header.Count == 2 && c.Header["alg"]?.ToJsonString() == "\"none\"" && c.Header["typ"]?.ToJsonString() == "\"JWT\""
                    ? null : "The JWT header must be exactly {\"alg\":\"none\",\"typ\":\"JWT\"}."),
            new("payload is base64url JSON", SpineErrorCode.BadRequest, c =>
                DecodeInto(c.Segments[1], claims => c.Claims = claims) ? null : "The JWT payload must be base64url (no padding, no '+' or '/') encoded UTF-8 JSON, each name once in every object."),

            // Plain claims.
            RequiredString(Issuer),
            RequiredString(Subject),
            RequiredString(Audience),
            RequiredInteger(IssuedAt),
            RequiredInteger(Expiry),
            new("exp is iat + 300", SpineErrorCode.BadRequest, c =>
                c.IntegerClaim(Expiry) - c.IntegerClaim(IssuedAt) == LifetimeSeconds ? null : $"The JWT {Expiry} claim must be exactly {IssuedAt} + {LifetimeSeconds} seconds."),
            new("not expired", SpineErrorCode.BadRequest, c =>
                c.IntegerClaim(Expiry) > c.Now.ToUnixTimeSeconds() ? null : $"The JWT has expired ({Expiry} is not after the server time)."),
            RequiredString(ReasonForRequest),
            new("reason_for_request fits the interaction", SpineErrorCode.BadRequest, c =>
                c.StringClaim(ReasonForRequest) == c.Interaction.ReasonForRequest ? null
                    : $"The JWT {ReasonForRequest} claim must be '{c.Interaction.ReasonForRequest}' for {c.Interaction.Id}."),
            RequiredString(RequestedScope),
            new("requested_scope fits the interaction", SpineErrorCode.BadRequest, c =>
                c.ScopeParts.FirstOrDefault() == c.Interaction.RequiredScope ? null
                    : $"The JWT {RequestedScope} claim must be '{c.Interaction.RequiredScope}' for {c.Interaction.Id}."),
            new("requested_scope confidentiality is conf/N, or conf/R for migration", SpineErrorCode.BadRequest, c =>
                ConfidentialityIsAllowed(c) ? null
                    : $"The JWT {RequestedScope} claim may add one of {GpConnectScopes.ConfidentialityNormal} or " +
                      $"{GpConnectScopes.ConfidentialityRestricted} (migration only) after the scope."),
            new("no 0.x requested_record", SpineErrorCode.BadRequest, c =>
                c.Claims.ContainsKey(RequestedRecord) ? $"The JWT {RequestedRecord} claim belongs to GP Connect 0.x and must not be sent." : null),

            // The requesting_* resources: present (400), a valid STU3 resource (422), of the right type (400).
            .. ResourceRules(RequestingDevice, "Device"),
            .. ResourceRules(RequestingOrganization, "Organization"),
            new("requesting_organization has an ODS code", SpineErrorCode.BadRequest, c =>
                HasIdentifierValue(c, RequestingOrganization, IdentifierSystems.AcceptedOdsOrganisationCodeSystems) ? null
                    : $"The JWT {RequestingOrganization} must have an identifier with system {IdentifierSystems.OdsOrganisationCode} and a value."),
            .. ResourceRules(RequestingPractitioner, "Practitioner"),
            new("sub is requesting_practitioner.id", SpineErrorCode.BadRequest, c =>
                c.Resources[RequestingPractitioner].Id == c.StringClaim(Subject) ? null
                    : $"The JWT {Subject} claim must equal {RequestingPractitioner}.id."),
            new("requesting_practitioner has an SDS user id", SpineErrorCode.BadRequest, c =>
                HasIdentifierValue(c, RequestingPractitioner, IdentifierSystems.AcceptedSdsUserIdSystems) ? null
                    : $"The JWT {RequestingPractitioner} must have an identifier with system {IdentifierSystems.SdsUserId} (value or UNK)."),
            new("requesting_practitioner has a family name (except for migration)", SpineErrorCode.BadRequest, c =>
                c.Interaction.ReasonForRequest == ReasonsForRequest.Migration
                || ((Practitioner)c.Resources[RequestingPractitioner]).Name.FirstOrDefault()?.Family is { Length: > 0 } ? null
                    : $"The JWT {RequestingPractitioner} must have a name with a family name."),
        ];
    }

    /// <summary>The table, in the order it is applied.</summary>
    public IReadOnlyList<JwtRule> Rules { get; }

    /// <summary>Applies every rule to the token for <paramref name="interaction"/>; throws the first failure.</summary>
    public GpConnectCaller Validate(string token, GpConnectInteraction interaction)
    {
        var context = new JwtValidationContext(token, interaction, _clock.GetUtcNow());
        foreach (var rule in Rules)
        {
            if (rule.Check(context) is { } diagnostics)
            {
                throw new GpConnectException(rule.FailureCode, diagnostics);
            }
        }

        return GpConnectCaller.FromClaims(context.Claims);
    }

    private static bool DecodeInto(string segment, Action<JsonObject> keep)
    {
        if (UnsignedJwtReader.DecodeObject(segment) is not { } decoded)
        {
            return false;
        }

        keep(decoded);
        return true;
    }

    private static JwtRule RequiredString(string claim) =>
        new($"{claim} is present", SpineErrorCode.BadRequest, c =>
            c.StringClaim(claim) is { Length: > 0 } ? null : $"The JWT {claim} claim is missing, null, empty or not a string.");

    private static JwtRule RequiredInteger(string claim) =>
        new($"{claim} is present", SpineErrorCode.BadRequest, c =>
            c.IntegerClaim(claim) is not null ? null : $"The JWT {claim} claim is missing, null or not an integer number of seconds.");

    private static bool ConfidentialityIsAllowed(JwtValidationContext context) => context.ScopeParts switch
    {
        [_] => true,
        [_, GpConnectScopes.ConfidentialityNormal] => true,
        [_, GpConnectScopes.ConfidentialityRestricted] => context.Interaction.AllowsRestrictedConfidentiality,
        _ => false,
    };

    private JwtRule[] ResourceRules(string claim, string expectedType) =>
    [
        new($"{claim} is present", SpineErrorCode.BadRequest, c =>
            c.Claim(claim) is null ? $"The JWT {claim} claim is missing or null." : null),
        new($"{claim} is a valid STU3 resource", SpineErrorCode.InvalidResource, c => Parse(c, claim)),
        new($"{claim} is a {expectedType}", SpineErrorCode.BadRequest, c =>
            c.Resources[claim].TypeName == expectedType ? null
                : $"The JWT {claim} claim must be a {expectedType}, not a {c.Resources[claim].TypeName}."),
    ];

    /// <summary>Strict STU3 parsing: unknown elements, wrong types and unknown resource types all fail.</summary>
    private string? Parse(JwtValidationContext context, string claim)
    {
        if (context.Claim(claim) is not JsonObject json)
        {
            return $"The JWT {claim} claim is not a FHIR resource (a JSON object).";
        }

        // Resource and DomainResource are STU3 type names too, but nothing can be an instance of one; the parser
        // would fail on them outside its own error reporting.
        if (GpConnectCaller.StringOf(json["resourceType"]) is { } typeName
            && ModelInfo.ModelInspector.FindClassMapping(typeName) is { NativeType.IsAbstract: true })
        {
            return $"The JWT {claim} claim names the abstract resource type {typeName}; it must be a concrete STU3 resource.";
        }

        var text = json.ToJsonString();
        if (_parsedResources.TryGetValue(text, out var parsed))
        {
            context.Resources[claim] = parsed;
            return null;
        }

        try
        {
            parsed = _serializer.ParseJson(text);
            if (text.Length <= ParsedResourceMaxLength)
            {
                if (_parsedResources.Count >= ParsedResourcesCapacity)
                {
                    _parsedResources.Clear();
                }

                _parsedResources[text] = parsed;
            }

            context.Resources[claim] = parsed;
            return null;
        }
        catch (FhirParseException ex)
        {
            return $"The JWT {claim} claim is not a valid FHIR STU3 resource: {ex.Message}";
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Whatever else the parser trips over is still the consumer's claim, not our fault: a 422, never a 500.
            return $"The JWT {claim} claim is not a valid FHIR STU3 resource.";
        }
    }

    private static bool HasIdentifierValue(JwtValidationContext context, string claim, IReadOnlyList<string> systems) =>
        GpConnectCaller.IdentifierValue(context.Claim(claim) as JsonObject, systems) is { Length: > 0 };
}
