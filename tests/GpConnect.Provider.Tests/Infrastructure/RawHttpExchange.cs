using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GpConnect.Provider.Tests.Infrastructure;

/// <summary>
/// One HTTP/1.1 exchange over a plain socket, for what HttpClient will not do: declare a body and send it slowly, or
/// not at all, while the server answers. The answer is read as the server sent it and handed back as an
/// <see cref="HttpResponseMessage"/>, so the usual response assertions apply.
/// </summary>
public static class RawHttpExchange
{
    /// <summary>
    /// Sends the request's line and headers with <c>Content-Length: declaredLength</c> (or, when null,
    /// <c>Transfer-Encoding: chunked</c>, the framing then being <paramref name="sendBody"/>'s to write) and
    /// <c>Connection: close</c>, then lets <paramref name="sendBody"/> write to the socket until the server has answered.
    /// </summary>
    public static async Task<HttpResponseMessage> SendAsync(
        Uri server, HttpRequestMessage request, string contentType, long? declaredLength, Func<Stream, CancellationToken, Task> sendBody, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sendBody);
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, cancellationToken);
        var stream = client.GetStream();

        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{request.Method} {request.RequestUri} HTTP/1.1\r\n")
            .Append(CultureInfo.InvariantCulture, $"Host: {server.Authority}\r\n");
        foreach (var (name, values) in request.Headers)
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {string.Join(", ", values)}\r\n");
        }

        var framing = declaredLength is { } length ? $"Content-Length: {length}" : "Transfer-Encoding: chunked";
        head.Append(CultureInfo.InvariantCulture, $"Content-Type: {contentType}\r\n{framing}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), cancellationToken);

        using var answered = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = ReadToEndAsync(stream, cancellationToken);
        var sending = SendUntilAnsweredAsync(stream, sendBody, answered.Token);
        var raw = await reading;
        await answered.CancelAsync();
        await sending;
        return Parse(raw);
    }

    private static async Task SendUntilAnsweredAsync(Stream stream, Func<Stream, CancellationToken, Task> sendBody, CancellationToken cancellationToken)
    {
        try
        {
            await sendBody(stream, cancellationToken);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException)
        {
            // The server answered (or closed the connection) before the whole body was sent: what these tests expect.
        }
    }

    private static async Task<byte[]> ReadToEndAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var response = new MemoryStream();
        try
        {
            await stream.CopyToAsync(response, cancellationToken);
        }
        catch (IOException)
        {
            // A reset after the answer was sent still leaves the answer.
        }

        return response.ToArray();
    }

    private static HttpResponseMessage Parse(byte[] raw)
    {
        var headEnd = raw.AsSpan().IndexOf("\r\n\r\n"u8);
        if (headEnd < 0)
        {
            throw new InvalidOperationException($"The server sent no complete response ({raw.Length} bytes).");
        }

        var lines = Encoding.ASCII.GetString(raw, 0, headEnd).Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = lines.Skip(1).Select(line => line.Split(':', 2)).Select(parts => (Name: parts[0].Trim(), Value: parts[1].Trim())).ToList();
        var body = raw.AsSpan(headEnd + 4);
        var chunked = headers.Any(h => h.Name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase) && h.Value.Contains("chunked", StringComparison.OrdinalIgnoreCase));

        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new ByteArrayContent(chunked ? Dechunk(body) : body.ToArray()) };
        foreach (var (name, value) in headers)
        {
            if (!response.Headers.TryAddWithoutValidation(name, value))
            {
                response.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return response;
    }

    private static byte[] Dechunk(ReadOnlySpan<byte> body)
    {
        using var content = new MemoryStream();
        while (true)
        {
            var lineEnd = body.IndexOf("\r\n"u8);
            var size = int.Parse(Encoding.ASCII.GetString(body[..lineEnd]).Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                return content.ToArray();
            }

            content.Write(body.Slice(lineEnd + 2, size));
            body = body[(lineEnd + 2 + size + 2)..];
        }
    }
}
