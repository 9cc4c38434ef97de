using System.Globalization;
using System.Text;

namespace GpConnect.Provider.Foundations.Audit;

/// <summary>
/// Makes any text a request carried storable as it is in the audit trail. PostgreSQL refuses a NUL character in
/// text and Npgsql refuses a lone UTF-16 surrogate, and either made the whole entry fail; both are written as the
/// escape <c>\uXXXX</c> instead (a backslash already in the text is left alone, so the escape is recognisable only by
/// its form, which is enough for an investigator). Oversized text is cut to its column, never inside a surrogate pair.
/// </summary>
public static class AuditText
{
    public static string Storable(string value, int? maxLength = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = NeedsEscaping(value) ? Escape(value) : value;
        return maxLength is { } length ? Cut(escaped, length) : escaped;
    }

    public static string? StorableOrNull(string? value, int? maxLength = null) =>
        string.IsNullOrEmpty(value) ? null : Storable(value, maxLength);

    private static bool NeedsEscaping(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0' || IsLoneSurrogate(value, i))
            {
                return true;
            }

            if (char.IsHighSurrogate(c))
            {
                i++;
            }
        }

        return false;
    }

    private static string Escape(string value)
    {
        var text = new StringBuilder(value.Length + 16);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0' || IsLoneSurrogate(value, i))
            {
                text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else if (char.IsHighSurrogate(c))
            {
                text.Append(c).Append(value[++i]);
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private static bool IsLoneSurrogate(string value, int index)
    {
        var c = value[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= value.Length || !char.IsLowSurrogate(value[index + 1]);
        }

        // A low surrogate that follows a high one was consumed with it.
        return char.IsLowSurrogate(c);
    }

    private static string Cut(string value, int length)
    {
        if (value.Length <= length)
        {
            return value;
        }

        return char.IsHighSurrogate(value[length - 1]) ? value[..(length - 1)] : value[..length];
    }
}
