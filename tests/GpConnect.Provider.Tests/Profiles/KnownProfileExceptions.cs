namespace GpConnect.Provider.Tests.Profiles;

/// <summary>
/// The one place where a profile constraint the server is known to break is let through, each with the reason and
/// who is removing it. Remove an entry as soon as the server keeps the constraint.
/// </summary>
public static class KnownProfileExceptions
{
    private static readonly HashSet<string> _elementIds = new(StringComparer.Ordinal)
    {
    };

    /// <summary>Whether violations of this element (or anything below it) are let through.</summary>
    public static bool Covers(string elementId) =>
        _elementIds.Any(id => elementId == id || elementId.StartsWith(id + ".", StringComparison.Ordinal));
}
