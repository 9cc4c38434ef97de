using System.Globalization;
using System.Text;

namespace GpConnect.Provider.Tests.Fuzz;

/// <summary>
/// Which path the provider is really asked for, and whether it lies under a GP Connect root, so the fuzzer knows which
/// requests must be audited. Kestrel decodes the path (all but <c>%2F</c>) and removes dot segments (RFC 3986 5.2.4)
/// before any middleware sees it, so <c>/B82617/STU3/1/gpconnect/%2E%2E/%2E%2E/%2E%2E/%2E%2E/health/live</c> is a
/// request for <c>/health/live</c>.
/// </summary>
internal static class ServedPaths
{
    /// <summary>
    /// <c>/{ODS}/STU3/1/gpconnect...</c> (README, "Service roots"), recognised as the provider recognises a GP Connect
    /// request whatever its case and for the 0.x (DSTU2) roots too, so a wrong URL is refused and audited rather than
    /// ignored.
    /// </summary>
    public static bool IsUnderGpConnectRoot(string target)
    {
        var segments = Normalise(target).Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 4
            && (segments[1].Equals("STU3", StringComparison.OrdinalIgnoreCase) || segments[1].Equals("DSTU2", StringComparison.OrdinalIgnoreCase))
            && segments[2] is "1" or "0"
            && segments[3].Equals("gpconnect", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The path of a request-target after Kestrel's decoding and dot-segment removal.</summary>
    public static string Normalise(string target)
    {
        var query = target.IndexOf('?', StringComparison.Ordinal);
        return RemoveDotSegments(DecodeAscii(query < 0 ? target : target[..query]));
    }

    /// <summary>Decodes the percent-encoded ASCII characters but <c>/</c>: only they can make a dot segment or a root's name.</summary>
    private static string DecodeAscii(string path)
    {
        var decoded = new StringBuilder(path.Length);
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] == '%' && i + 2 < path.Length
                && byte.TryParse(path.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
                && value < 0x80 && value != '/')
            {
                decoded.Append((char)value);
                i += 2;
            }
            else
            {
                decoded.Append(path[i]);
            }
        }

        return decoded.ToString();
    }

    private static string RemoveDotSegments(string path)
    {
        var output = new List<string>();
        var segments = path.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            switch (segments[i])
            {
                case ".":
                    if (last)
                    {
                        output.Add(string.Empty);
                    }

                    break;
                case "..":
                    if (output.Count > 0)
                    {
                        output.RemoveAt(output.Count - 1);
                    }

                    if (last)
                    {
                        output.Add(string.Empty);
                    }

                    break;
                default:
                    output.Add(segments[i]);
                    break;
            }
        }

        return "/" + string.Join('/', output);
    }
}
