using System.Net;
using System.Text;

namespace GpConnect.Provider.Tests.Fuzz;

/// <summary>
/// Sends fuzzed requests over real HTTP/1.1 connections. Header values go out as Latin-1, one byte per character, so
/// a request can carry raw UTF-8 and invalid UTF-8 the way a broken consumer would; nothing is decompressed or followed.
/// </summary>
internal sealed class FuzzedRequestSender : IDisposable
{
    private readonly HttpClient _client;

    public FuzzedRequestSender(int connections)
    {
        var handler = new SocketsHttpHandler
        {
            RequestHeaderEncodingSelector = (_, _) => Encoding.Latin1,
            AutomaticDecompression = DecompressionMethods.None,
            AllowAutoRedirect = false,
            UseCookies = false,
            MaxConnectionsPerServer = connections,
        };
        _client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(100) };
    }

    public async Task<FuzzAnswer> SendAsync(FuzzedRequest request, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _client.SendAsync(request.Message, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return new FuzzAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, null);
        }
        catch (HttpRequestException ex)
        {
            return FuzzAnswer.None($"{ex.GetType().Name}: {ex.Message} {ex.InnerException?.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FuzzAnswer.None("no answer within the client's timeout");
        }
    }

    public void Dispose() => _client.Dispose();
}
