using System.Globalization;
using System.Text;

namespace GpConnect.Provider.Tests.Fuzz;

/// <summary>
/// One generated request, ready to send, and what the fuzzer knows about it to judge the answer: the shape that made
/// it (the family a failure is reported under), whether it addresses a GP Connect root (so must be audited), and the
/// unique <c>Ssp-TraceID</c> its audit entry can be found by, if it carries one unchanged.
/// </summary>
internal sealed class FuzzedRequest(int number, string shape, HttpRequestMessage message, string target, byte[]? body, string? uniqueTraceId)
{
    public int Number { get; } = number;

    public string Shape { get; } = shape;

    public HttpRequestMessage Message { get; } = message;

    /// <summary>The request-target exactly as sent (path and query).</summary>
    public string Target { get; } = target;

    public string? UniqueTraceId { get; } = uniqueTraceId;

    public bool AddressesGpConnectRoot { get; } = ServedPaths.IsUnderGpConnectRoot(target);

    public bool IsHead => Message.Method == HttpMethod.Head;

    /// <summary>Enough to recognise and replay the request by hand; long values are cut, odd characters escaped.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"#{Number} [{Shape}] {Message.Method} {Cut(Target, 300)}");
        AppendHeaders(text, Message.Headers);
        if (Message.Content is not null)
        {
            AppendHeaders(text, Message.Content.Headers);
        }

        if (body is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n    body ({body.Length} bytes): {Cut(Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, 400)), 200)}");
        }

        return text.ToString();
    }

    private static void AppendHeaders(StringBuilder text, System.Net.Http.Headers.HttpHeaders headers)
    {
        foreach (var header in headers.NonValidated)
        {
            foreach (var value in header.Value)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n    {header.Key}: {Cut(value, 160)}");
            }
        }
    }

    /// <summary>Cuts and escapes a value for the report: control and non-ASCII characters as \xNN or \uNNNN.</summary>
    public static string Cut(string value, int length)
    {
        var text = new StringBuilder();
        foreach (var c in value.Length <= length ? value : value[..length])
        {
            if (c is >= ' ' and < (char)0x7F)
            {
                text.Append(c);
            }
            else
            {
                text.Append(c <= 0xFF ? "\\x" : "\\u").Append(((int)c).ToString(c <= 0xFF ? "X2" : "X4", CultureInfo.InvariantCulture));
            }
        }

        return value.Length <= length ? text.ToString() : text.Append(CultureInfo.InvariantCulture, $"…({value.Length} chars)").ToString();
    }
}
