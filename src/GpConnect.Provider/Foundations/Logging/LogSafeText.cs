using System.Text;

namespace GpConnect.Provider.Foundations.Logging;

/// <summary>
/// Makes a header value fit for a log line. Request headers are the caller's to choose: unbounded, they could flood
/// the log; with control characters (CR, LF, ESC), they could forge log lines or drive an operator's terminal.
/// </summary>
public static class LogSafeText
{
    /// <summary>Long enough for every GP Connect interaction ID; an Ssp-TraceID is a 36-character GUID.</summary>
    public const int MaxLength = 200;

    /// <summary>The value with control characters removed, cut to <paramref name="maxLength"/> characters; null when nothing is left.</summary>
    public static string? Of(string? value, int maxLength = MaxLength)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var safe = new StringBuilder(Math.Min(value.Length, maxLength));
        foreach (var character in value)
        {
            if (safe.Length == maxLength)
            {
                break;
            }

            if (!char.IsControl(character) && !char.IsSurrogate(character))
            {
                safe.Append(character);
            }
        }

        return safe.Length == 0 ? null : safe.ToString();
    }
}
