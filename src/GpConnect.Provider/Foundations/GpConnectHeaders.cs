namespace GpConnect.Provider.Foundations;

/// <summary>
/// The request headers the Spine Security Proxy passes on (foundations, "Required HTTP request headers"). Names
/// are matched ignoring case, as HTTP requires; values are case-sensitive.
/// </summary>
public static class GpConnectHeaders
{
    public const string SspTraceId = "Ssp-TraceID";
    public const string SspFrom = "Ssp-From";
    public const string SspTo = "Ssp-To";
    public const string SspInteractionId = "Ssp-InteractionID";
    public const string Authorization = "Authorization";
}
