using System.Globalization;

namespace GpConnect.Provider.Foundations.Audit.Admin;

/// <summary>
/// The <c>from</c>, <c>to</c> and <c>limit</c> of an audit trail read, parsed from the query text: instants in ISO 8601
/// with an offset, and a limit clamped to what one read may return. Every value that does not parse is named in
/// <see cref="Problems"/>, keyed by its parameter, as the other administration endpoints name bad fields.
/// </summary>
public sealed record AuditWindow(DateTimeOffset? From, DateTimeOffset? To, int Limit, Dictionary<string, string[]> Problems)
{
    public static AuditWindow Parse(string? from, string? to, string? limit, int defaultLimit, int maxLimit)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var start = Instant(nameof(from), from, problems);
        var end = Instant(nameof(to), to, problems);
        var count = defaultLimit;
        if (limit is not null)
        {
            if (int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                count = Math.Clamp(parsed, 1, maxLimit);
            }
            else
            {
                problems[nameof(limit)] = [$"Must be a whole number from 1 to {maxLimit}."];
            }
        }

        return new AuditWindow(start, end, count, problems);
    }

    private static DateTimeOffset? Instant(string name, string? text, Dictionary<string, string[]> problems)
    {
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant;
        }

        problems[name] = ["Must be an instant in ISO 8601, e.g. 2026-12-01T09:00:00Z."];
        return null;
    }
}
