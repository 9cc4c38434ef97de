namespace GpConnect.Provider.Tests.Profiles;

/// <summary>A response the host sent breaks the profile it declares (or its base definition).</summary>
public sealed class ProfileViolationException(string request, int status, IReadOnlyList<string> violations)
    : Exception($"The response to {request} ({status}) breaks its profile:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", violations))
{
    public IReadOnlyList<string> Violations { get; } = violations;
}
