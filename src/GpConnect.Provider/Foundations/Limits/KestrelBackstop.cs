using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace GpConnect.Provider.Foundations.Limits;

/// <summary>
/// Kestrel's own limits, kept as a hard backstop above the application's (<see cref="RequestLimitsOptions"/>). What
/// Kestrel refuses itself is answered before any middleware runs, so without an OperationOutcome or an audit entry;
/// raising its URL and header limits well above ours lets <see cref="RequestLimitsMiddleware"/> answer instead.
/// The body rate is Kestrel's to enforce (only it sees bytes arrive); it surfaces as a read failure the exception
/// handler answers with 408.
/// </summary>
public sealed class KestrelBackstop(IOptions<RequestLimitsOptions> limits) : IConfigureOptions<KestrelServerOptions>
{
    /// <summary>How far above the application's limit Kestrel's own is set.</summary>
    public const int Headroom = 4;

    public void Configure(KestrelServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var application = limits.Value;
        var kestrel = options.Limits;
        kestrel.MaxRequestLineSize = Math.Max(kestrel.MaxRequestLineSize, application.MaxUrlLength * Headroom);
        kestrel.MaxRequestHeadersTotalSize = Math.Max(kestrel.MaxRequestHeadersTotalSize, application.MaxRequestHeadersTotalLength * Headroom);
        kestrel.MaxRequestHeaderCount = Math.Max(kestrel.MaxRequestHeaderCount, application.MaxRequestHeaderCount * Headroom);
        kestrel.MaxRequestBufferSize = Math.Max(
            kestrel.MaxRequestBufferSize ?? 0, Math.Max(kestrel.MaxRequestLineSize, kestrel.MaxRequestHeadersTotalSize));
        kestrel.MaxRequestBodySize = Math.Max(kestrel.MaxRequestBodySize ?? 0, application.MaxRequestBodyBytes * Headroom);
        kestrel.MinRequestBodyDataRate = new MinDataRate(application.MinRequestBodyBytesPerSecond, application.RequestBodyGracePeriod);
    }
}
