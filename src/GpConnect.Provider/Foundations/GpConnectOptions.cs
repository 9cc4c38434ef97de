using System.ComponentModel.DataAnnotations;
using GpConnect.Provider.Foundations.Cors;

namespace GpConnect.Provider.Foundations;

/// <summary>Provider-wide settings, bound from the <c>GpConnect</c> configuration section.</summary>
public sealed class GpConnectOptions
{
    public const string SectionName = "GpConnect";

    /// <summary>
    /// The ASID Spine allocated to this provider endpoint; <c>Ssp-To</c> must equal it. The default is the one the
    /// GP Connect reference provider and the assurance test pack use.
    /// </summary>
    [Required]
    [RegularExpression(@"^\d{12}$", ErrorMessage = "An ASID is 12 digits.")]
    public string ProviderAsid { get; set; } = "918999198738";

    /// <summary>
    /// How long a practice's settings (ASID, enablement switches) are kept in memory after they are read; a change in
    /// the store takes effect within this time.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan PracticeCacheLifetime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Serves Swagger UI at <c>/swagger</c>; on in Development.</summary>
    public bool EnableSwagger { get; set; }

    /// <summary>Browser origins allowed to call the GP Connect roots; none by default.</summary>
    public GpConnectCorsOptions Cors { get; } = new();
}
