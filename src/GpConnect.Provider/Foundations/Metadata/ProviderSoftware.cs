using System.Reflection;

namespace GpConnect.Provider.Foundations.Metadata;

/// <summary>What this server says about itself in <c>CapabilityStatement.software</c>.</summary>
public static class ProviderSoftware
{
    public const string Name = "GpConnect.Provider";

    /// <summary>The release this build belongs to; change it when a release is cut.</summary>
    public const string ReleaseDate = "2026-11-24";

    public static string Version { get; } =
        typeof(ProviderSoftware).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";
}
