using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace GpConnect.Provider.Foundations.Limits;

public static class RequestLimitsRegistration
{
    /// <summary>The documented request limits, validated at start-up, and Kestrel's backstop above them.</summary>
    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.AddOptions<RequestLimitsOptions>()
            .BindConfiguration(RequestLimitsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IConfigureOptions<KestrelServerOptions>, KestrelBackstop>();
        return services;
    }
}
