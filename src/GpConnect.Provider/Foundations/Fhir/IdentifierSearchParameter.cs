using GpConnect.Provider.Foundations.Errors;
using Microsoft.AspNetCore.WebUtilities;

namespace GpConnect.Provider.Foundations.Fhir;

/// <summary>
/// The one <c>identifier=[system]|[value]</c> parameter of the Foundations searches (Patient, Practitioner,
/// Organization), read from the raw query string because parameter names are case-sensitive and ASP.NET Core's query
/// collection is not. Other parameters (<c>_format</c>, <c>_count</c>, <c>_sort</c>, unknown ones) are ignored, as
/// FHIR says unknown search parameters SHALL be.
/// <list type="table">
/// <item><term>no <c>identifier</c>, a wrong-case name, or <c>identifier</c> repeated</term><description>400 BAD_REQUEST</description></item>
/// <item><term>no <c>|</c>, a blank system or a blank value</term><description>422 INVALID_PARAMETER</description></item>
/// <item><term>a system the search does not support</term><description>400 INVALID_IDENTIFIER_SYSTEM</description></item>
/// </list>
/// </summary>
public sealed record IdentifierSearchParameter(string System, string Value)
{
    public const string Name = "identifier";

    public static IdentifierSearchParameter Parse(QueryString query, IReadOnlyCollection<string> supportedSystems)
    {
        ArgumentNullException.ThrowIfNull(supportedSystems);
        var values = new List<string>();
        foreach (var pair in new QueryStringEnumerable(query.Value))
        {
            var name = pair.DecodeName().ToString();
            if (string.Equals(name, Name, StringComparison.Ordinal))
            {
                values.Add(pair.DecodeValue().ToString());
            }
            else if (string.Equals(name, Name, StringComparison.OrdinalIgnoreCase))
            {
                throw new GpConnectException(SpineErrorCode.BadRequest, $"The search parameter '{name}' is not known: parameter names are case-sensitive ('{Name}').");
            }
        }

        if (values.Count == 0)
        {
            throw new GpConnectException(SpineErrorCode.BadRequest, $"The '{Name}' search parameter is required.");
        }

        if (values.Count > 1)
        {
            throw new GpConnectException(SpineErrorCode.BadRequest, $"The '{Name}' search parameter may be given only once.");
        }

        var value = values[0];
        var bar = value.IndexOf('|', StringComparison.Ordinal);
        if (bar < 0)
        {
            throw new GpConnectException(SpineErrorCode.InvalidParameter, $"The '{Name}' parameter '{value}' must be [system]|[value].");
        }

        var system = value[..bar];
        var identifier = value[(bar + 1)..];
        if (string.IsNullOrWhiteSpace(system))
        {
            throw new GpConnectException(SpineErrorCode.InvalidParameter, $"The '{Name}' parameter has no identifier system.");
        }

        if (string.IsNullOrWhiteSpace(identifier))
        {
            throw new GpConnectException(SpineErrorCode.InvalidParameter, $"The '{Name}' parameter has no identifier value.");
        }

        if (!supportedSystems.Contains(system))
        {
            throw new GpConnectException(
                SpineErrorCode.InvalidIdentifierSystem,
                $"The identifier system '{system}' is not supported here; use {string.Join(" or ", supportedSystems)}.");
        }

        return new IdentifierSearchParameter(system, identifier);
    }
}
