using GpConnect.Provider.Foundations.Errors;
using Microsoft.Net.Http.Headers;

namespace GpConnect.Provider.Foundations.Fhir;

/// <summary>
/// Chooses the response format as GP Connect 1.x says (foundations, "Content negotiation"): <c>_format</c> over
/// <c>Accept</c> over the request <c>Content-Type</c>, JSON when none is sent, 415 when what was asked is unsupported.
/// </summary>
public static class FhirContentNegotiation
{
    private const string FormatParameter = "_format";

    public static FhirFormat ResponseFormatFor(HttpRequest request)
    {
        if (request.Query.TryGetValue(FormatParameter, out var formats) && !string.IsNullOrWhiteSpace(formats.ToString()))
        {
            return GpConnectMediaTypes.Parse(formats.ToString())
                ?? throw Unsupported($"The _format parameter '{formats}' is not a supported FHIR format.");
        }

        var accept = request.Headers.Accept.ToString();
        if (!string.IsNullOrWhiteSpace(accept))
        {
            return FromAccept(accept);
        }

        var contentType = request.ContentType;
        if (!string.IsNullOrWhiteSpace(contentType))
        {
            return GpConnectMediaTypes.Parse(contentType)
                ?? throw Unsupported($"The Content-Type '{contentType}' is not a supported FHIR format.");
        }

        return FhirFormat.Json;
    }

    /// <summary>The format for an error that must be written even when negotiation itself is what failed.</summary>
    public static FhirFormat ErrorFormatFor(HttpRequest request)
    {
        try
        {
            return ResponseFormatFor(request);
        }
        catch (GpConnectException)
        {
            return FhirFormat.Json;
        }
    }

    private static FhirFormat FromAccept(string accept)
    {
        if (!MediaTypeHeaderValue.TryParseList([accept], out var mediaTypes))
        {
            throw Unsupported($"The Accept header '{accept}' is not well formed.");
        }

        // Highest quality first; a wildcard lets us choose our default.
        foreach (var mediaType in mediaTypes.OrderByDescending(m => m.Quality ?? 1.0))
        {
            if (mediaType.Quality == 0)
            {
                continue;
            }

            var name = mediaType.MediaType.ToString();
            if (name is "*/*" or "application/*")
            {
                return FhirFormat.Json;
            }

            if (GpConnectMediaTypes.Parse(name) is { } format)
            {
                return format;
            }
        }

        throw Unsupported($"The Accept header '{accept}' names no supported FHIR format.");
    }

    private static GpConnectException Unsupported(string diagnostics) =>
        new(SpineErrorCode.UnsupportedMediaType, diagnostics);
}
