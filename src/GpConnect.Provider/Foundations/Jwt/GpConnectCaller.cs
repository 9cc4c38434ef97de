using System.Security.Claims;
using System.Text.Json.Nodes;
using GpConnect.Provider.Foundations.Fhir;

namespace GpConnect.Provider.Foundations.Jwt;

/// <summary>
/// Who is asking, as the JWT says (foundations, "Claims"): the user (SDS user id, role profile id, name), the
/// requesting organisation (ODS code, name) and device. Read from the claims JSON itself, so a validated token and
/// the best-effort reading of a rejected one give the same values to the audit.
/// </summary>
public sealed record GpConnectCaller(
    string? PractitionerId,
    string? SdsUserId,
    string? SdsRoleProfileId,
    string? UserName,
    string? OrganisationOdsCode,
    string? OrganisationName,
    string? ReasonForRequest,
    string? RequestedScope,
    string? RequestingOrganisationJson,
    string? RequestingDeviceJson)
{
    public static GpConnectCaller FromClaims(JsonObject claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var practitioner = claims[JwtClaimNames.RequestingPractitioner] as JsonObject;
        var organisation = claims[JwtClaimNames.RequestingOrganization] as JsonObject;
        return new GpConnectCaller(
            StringOf(claims[JwtClaimNames.Subject]),
            IdentifierValue(practitioner, IdentifierSystems.AcceptedSdsUserIdSystems),
            IdentifierValue(practitioner, IdentifierSystems.AcceptedSdsRoleProfileIdSystems),
            NameOf(practitioner),
            IdentifierValue(organisation, IdentifierSystems.AcceptedOdsOrganisationCodeSystems),
            StringOf(organisation?["name"]),
            StringOf(claims[JwtClaimNames.ReasonForRequest]),
            StringOf(claims[JwtClaimNames.RequestedScope]),
            claims[JwtClaimNames.RequestingOrganization]?.ToJsonString(),
            claims[JwtClaimNames.RequestingDevice]?.ToJsonString());
    }

    /// <summary>The principal ASP.NET Core authorisation and the capability services see.</summary>
    public ClaimsPrincipal ToPrincipal(string authenticationType)
    {
        var claims = new List<Claim>();
        Add(claims, ClaimTypes.NameIdentifier, PractitionerId);
        Add(claims, GpConnectClaimTypes.SdsUserId, SdsUserId);
        Add(claims, GpConnectClaimTypes.SdsRoleProfileId, SdsRoleProfileId);
        Add(claims, ClaimTypes.Name, UserName);
        Add(claims, GpConnectClaimTypes.OrganisationOdsCode, OrganisationOdsCode);
        Add(claims, GpConnectClaimTypes.OrganisationName, OrganisationName);
        Add(claims, GpConnectClaimTypes.ReasonForRequest, ReasonForRequest);
        Add(claims, GpConnectClaimTypes.RequestedScope, RequestedScope);
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType));
    }

    internal static string? StringOf(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static JsonObject? IdentifierWithSystem(JsonObject? resource, IReadOnlyList<string> systems) =>
        (resource?["identifier"] as JsonArray)?.OfType<JsonObject>()
            .FirstOrDefault(identifier => StringOf(identifier["system"]) is { } system && systems.Contains(system, StringComparer.Ordinal));

    internal static string? IdentifierValue(JsonObject? resource, IReadOnlyList<string> systems) =>
        StringOf(IdentifierWithSystem(resource, systems)?["value"]);

    /// <summary>"Dr Claire Jones": prefix, given names and family name of the first name, as a user display.</summary>
    private static string? NameOf(JsonObject? practitioner)
    {
        if ((practitioner?["name"] as JsonArray)?.FirstOrDefault() is not JsonObject name)
        {
            return null;
        }

        var parts = Strings(name["prefix"]).Concat(Strings(name["given"])).Append(StringOf(name["family"]))
            .Where(part => !string.IsNullOrWhiteSpace(part));
        var display = string.Join(' ', parts);
        return display.Length == 0 ? null : display;
    }

    private static IEnumerable<string?> Strings(JsonNode? node) => node is JsonArray array ? array.Select(StringOf) : [];

    private static void Add(List<Claim> claims, string type, string? value)
    {
        if (value is not null)
        {
            claims.Add(new Claim(type, value));
        }
    }
}
