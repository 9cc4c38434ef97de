using System.Globalization;
using System.Text;

namespace GpConnect.Provider.Foundations.Errors;

/// <summary>
/// Makes an OperationOutcome's diagnostics safe to send whatever input they quote: at most
/// <see cref="MaxLength"/> characters kept (the start and the end, which name the problem, with the middle elided),
/// and no character that the XML or JSON writers refuse or a log viewer would act on (control characters, lone
/// surrogates, U+FFFE/U+FFFF become U+FFFD). Applied once, where every outcome is built (<see cref="OperationOutcomes"/>),
/// so no echo of a header, URL or body can make an error large or make its writer fail.
/// </summary>
public static class DiagnosticsText
{
    /// <summary>The characters kept from the start and the end of over-long diagnostics.</summary>
    public const int HeadLength = 300;

    public const int TailLength = 120;

    /// <summary>The longest diagnostics kept whole.</summary>
    public const int MaxLength = HeadLength + TailLength + 40;

    private const char Replacement = '\uFFFD';

    public static string Bound(string? diagnostics)
    {
        if (string.IsNullOrEmpty(diagnostics))
        {
            return string.Empty;
        }

        var clean = Sanitise(diagnostics);
        if (clean.Length <= MaxLength)
        {
            return clean;
        }

        var headEnd = HeadLength;
        if (char.IsHighSurrogate(clean[headEnd - 1]))
        {
            headEnd--;
        }

        var tailStart = clean.Length - TailLength;
        if (char.IsLowSurrogate(clean[tailStart]))
        {
            tailStart++;
        }

        var omitted = tailStart - headEnd;
        return string.Create(CultureInfo.InvariantCulture, $"{clean.AsSpan(0, headEnd)} … ({omitted:N0} characters omitted) … {clean.AsSpan(tailStart)}");
    }

    private static string Sanitise(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair)
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            var safe = char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' ? Replacement : c;
            if (safe != c && builder is null)
            {
                builder = new StringBuilder(text.Length).Append(text, 0, i);
            }

            builder?.Append(safe);
        }

        return builder?.ToString() ?? text;
    }
}
