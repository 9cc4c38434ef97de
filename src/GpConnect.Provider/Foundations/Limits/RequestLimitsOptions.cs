using System.ComponentModel.DataAnnotations;

namespace GpConnect.Provider.Foundations.Limits;

/// <summary>
/// The size and time limits of a request (docs/decisions/0010), bound from the <c>RequestLimits</c> section. The
/// application answers a request over them with an audited OperationOutcome; Kestrel's own limits are set well above
/// them (<see cref="KestrelBackstop"/>) and only catch what never reaches the application.
/// </summary>
public sealed class RequestLimitsOptions
{
    public const string SectionName = "RequestLimits";

    /// <summary>
    /// Request bodies (register patient, the structured record's Parameters) are a few kilobytes; a megabyte leaves
    /// room for long narrative without letting a client make the server buffer tens of megabytes. 413 above it.
    /// </summary>
    [Range(1024, 512L * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The request target (path and query) in characters. 414 above it.</summary>
    [Range(256, 1024 * 1024)]
    public int MaxUrlLength { get; set; } = 8 * 1024;

    /// <summary>All request header names and values together, in characters (JWT included). 431 above it.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxRequestHeadersTotalLength { get; set; } = 32 * 1024;

    /// <summary>How many request headers. 431 above it.</summary>
    [Range(10, 10_000)]
    public int MaxRequestHeaderCount { get; set; } = 100;

    /// <summary>
    /// Once <see cref="RequestBodyGracePeriod"/> has passed, a body arriving slower than this is cut off: 408. Kestrel's
    /// default, made explicit because it is what bounds the time a slow client can hold a request open.
    /// </summary>
    [Range(1, 1024 * 1024)]
    public double MinRequestBodyBytesPerSecond { get; set; } = 240;

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RequestBodyGracePeriod { get; set; } = TimeSpan.FromSeconds(5);
}
