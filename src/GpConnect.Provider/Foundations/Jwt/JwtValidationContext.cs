using System.Text.Json.Nodes;
using GpConnect.Provider.Foundations.Interactions;
using Hl7.Fhir.Model;

namespace GpConnect.Provider.Foundations.Jwt;

/// <summary>
/// What the rules of <see cref="GpConnectJwtValidator"/> look at: the token, the interaction it must fit and the
/// server's clock. Earlier rules fill in what later ones read (the decoded parts, the parsed FHIR resources), so a
/// rule only runs once every rule before it has passed.
/// </summary>
public sealed class JwtValidationContext(string token, GpConnectInteraction interaction, DateTimeOffset now)
{
    public string Token { get; } = token;

    public GpConnectInteraction Interaction { get; } = interaction;

    public DateTimeOffset Now { get; } = now;

    public string[] Segments { get; } = token.Split('.');

    public JsonObject Header { get; internal set; } = [];

    public JsonObject Claims { get; internal set; } = [];

    /// <summary>The requesting_* claims parsed as STU3 resources, by claim name.</summary>
    public Dictionary<string, Resource> Resources { get; } = new(StringComparer.Ordinal);

    public JsonNode? Claim(string name) => Claims[name];

    /// <summary>The claim as a JSON integer (a JWT NumericDate), or null when it is absent or not an integer.</summary>
    public long? IntegerClaim(string name) =>
        Claims[name] is JsonValue value && value.TryGetValue<long>(out var number) ? number : null;

    public string? StringClaim(string name) => GpConnectCaller.StringOf(Claims[name]);

    /// <summary>requested_scope split on spaces (1.6: <c>patient/*.read conf/N</c>).</summary>
    /// <remarks>Read only by rules after the payload is decoded, so it is split once.</remarks>
    public string[] ScopeParts => field ??= (StringClaim(JwtClaimNames.RequestedScope) ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
