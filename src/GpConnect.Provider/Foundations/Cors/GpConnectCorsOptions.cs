namespace GpConnect.Provider.Foundations.Cors;

/// <summary>
/// Which browser origins may call the GP Connect roots (<c>GpConnect:Cors</c>); the CapabilityStatements say
/// <c>security.cors = true</c>. None by default: consumers call through the Spine Security Proxy, server to server,
/// and a browser-based consumer is a deliberate decision of the operator (ADR 0012).
/// </summary>
public sealed class GpConnectCorsOptions
{
    /// <summary>
    /// Exact origins (<c>https://consumer.example.nhs.uk</c>: scheme, host and port, no path), or the single entry
    /// <c>*</c> for any origin. Credentials (cookies) are never allowed; the JWT travels in <c>Authorization</c>.
    /// </summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>How long a browser may reuse a preflight answer.</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}
