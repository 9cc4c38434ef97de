using System.Globalization;
using GpConnect.Provider.Foundations.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace GpConnect.Provider.Foundations.Limits;

/// <summary>
/// Refuses a request over the documented limits (<see cref="RequestLimitsOptions"/>) before any other check reads
/// it: 414 for the URL, 431 for the headers, 413 for a declared body length. A body sent without a length (chunked)
/// is held to the same limit by Kestrel as it is read, which the exception handler answers with 413.
/// </summary>
public sealed class RequestLimitsMiddleware(RequestDelegate next, IOptions<RequestLimitsOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limits = options.Value;
        var request = context.Request;

        if (UrlLength(context) > limits.MaxUrlLength)
        {
            throw new GpConnectException(SpineErrorCode.UriTooLong, $"The request URL is longer than {Count(limits.MaxUrlLength)} characters.");
        }

        if (request.Headers.Count > limits.MaxRequestHeaderCount || HeadersLength(request.Headers) > limits.MaxRequestHeadersTotalLength)
        {
            throw new GpConnectException(
                SpineErrorCode.RequestHeadersTooLarge,
                $"The request headers exceed {Count(limits.MaxRequestHeaderCount)} headers or {Count(limits.MaxRequestHeadersTotalLength)} characters in all.");
        }

        if (request.ContentLength > limits.MaxRequestBodyBytes)
        {
            throw TooLarge(limits);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limits.MaxRequestBodyBytes;
        }

        return next(context);
    }

    /// <summary>The refusal of a body over the limit, for readers that count the bytes themselves.</summary>
    public static GpConnectException TooLarge(RequestLimitsOptions limits) =>
        new(SpineErrorCode.PayloadTooLarge, $"The request body is larger than {Count(limits.MaxRequestBodyBytes)} bytes.");

    private static long UrlLength(HttpContext context)
    {
        // The target as sent, where the server gives it; else rebuilt from its escaped parts.
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var request = context.Request;
        return raw is { Length: > 0 }
            ? raw.Length
            : (request.PathBase + request.Path).ToUriComponent().Length + (request.QueryString.Value?.Length ?? 0);
    }

    private static long HeadersLength(IHeaderDictionary headers)
    {
        long length = 0;
        foreach (var (name, values) in headers)
        {
            length += name.Length;
            foreach (var value in values)
            {
                length += value?.Length ?? 0;
            }
        }

        return length;
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
