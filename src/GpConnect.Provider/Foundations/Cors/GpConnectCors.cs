using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace GpConnect.Provider.Foundations.Cors;

/// <summary>
/// The CORS policy of the GP Connect roots. A preflight (<c>OPTIONS</c> with <c>Access-Control-Request-Method</c>)
/// is answered 204 before the SSP header checks, the JWT and the audit: a browser sends it without any of them, and
/// it reaches no interaction (ADR 0012). Allowed origins get the <c>Access-Control-*</c> headers on every response,
/// refusals included, since a browser hides a refusal's body from a page without them.
/// </summary>
public static class GpConnectCors
{
    public const string PolicyName = "GpConnect";

    /// <summary>Everything a GP Connect request carries besides the CORS-safelisted headers.</summary>
    public static readonly IReadOnlyList<string> AllowedHeaders =
    [
        GpConnectHeaders.Authorization, GpConnectHeaders.SspTraceId, GpConnectHeaders.SspFrom, GpConnectHeaders.SspTo,
        GpConnectHeaders.SspInteractionId, "Content-Type", "Accept", "Accept-Encoding", "If-Match", "Prefer",
    ];

    /// <summary>Read, search, the operations and book (POST), amend and cancel (PUT).</summary>
    public static readonly IReadOnlyList<string> AllowedMethods = ["GET", "POST", "PUT"];

    /// <summary>Response headers a page may read: versioned reads and writes answer with these.</summary>
    public static readonly IReadOnlyList<string> ExposedHeaders = ["ETag", "Location", "Content-Location", "Last-Modified"];

    public static IServiceCollection AddGpConnectCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<GpConnectOptions>>((cors, gpConnect) =>
            cors.AddPolicy(PolicyName, policy => Configure(policy, gpConnect.Value.Cors)));
        return services;
    }

    private static void Configure(CorsPolicyBuilder policy, GpConnectCorsOptions options)
    {
        if (options.AllowedOrigins.Contains("*"))
        {
            policy.AllowAnyOrigin();
        }
        else
        {
            policy.WithOrigins([.. options.AllowedOrigins]);
        }

        policy.WithMethods([.. AllowedMethods])
            .WithHeaders([.. AllowedHeaders])
            .WithExposedHeaders([.. ExposedHeaders])
            .SetPreflightMaxAge(options.PreflightMaxAge);
    }
}
