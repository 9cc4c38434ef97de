using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GpConnect.Provider.Tests.Infrastructure;

/// <summary>
/// Asks the Docker engine's <c>/_ping</c> with a short timeout before Testcontainers is used at all: Testcontainers'
/// own discovery retries for a long time where a <c>docker</c> CLI exists but no daemon answers.
/// </summary>
internal static class DockerEngineProbe
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    /// <summary>Returns null when an engine answers, otherwise why not.</summary>
    public static async Task<string?> WhyUnavailableAsync()
    {
        var reasons = new List<string>();
        foreach (var endpoint in CandidateEndpoints())
        {
            var failure = await PingAsync(endpoint);
            if (failure is null)
            {
                return null;
            }

            reasons.Add($"{endpoint}: {failure}");
        }

        return string.Join("; ", reasons);
    }

    private static IEnumerable<string> CandidateEndpoints()
    {
        if (Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } dockerHost)
        {
            yield return dockerHost;
            yield break;
        }

        yield return "unix:///var/run/docker.sock";
        if (Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR") is { Length: > 0 } runtimeDirectory)
        {
            yield return $"unix://{runtimeDirectory}/docker.sock";
        }

        yield return $"unix://{Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)}/.docker/run/docker.sock";
    }

    private static async Task<string?> PingAsync(string endpoint)
    {
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
        {
            return "not a URI";
        }

        EndPoint target;
        if (uri.Scheme == "unix")
        {
            if (!File.Exists(uri.AbsolutePath))
            {
                return "no socket";
            }

            target = new UnixDomainSocketEndPoint(uri.AbsolutePath);
        }
        else if (uri.Scheme is "tcp" or "http" or "https")
        {
            target = new DnsEndPoint(uri.Host, uri.Port);
        }
        else
        {
            return $"scheme '{uri.Scheme}' is not probed";
        }

        using var cancellation = new CancellationTokenSource(Timeout);
        try
        {
            using var socket = target is UnixDomainSocketEndPoint
                ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
                : new Socket(SocketType.Stream, ProtocolType.Tcp);
            await socket.ConnectAsync(target, cancellation.Token);
            if (Environment.GetEnvironmentVariable("DOCKER_TLS_VERIFY") is { Length: > 0 })
            {
                // A TLS engine cannot be pinged in plain HTTP; an accepted connection is the best quick sign.
                return null;
            }

            await socket.SendAsync(Encoding.ASCII.GetBytes("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n"), cancellation.Token);
            var buffer = new byte[64];
            var read = await socket.ReceiveAsync(buffer, cancellation.Token);
            var statusLine = Encoding.ASCII.GetString(buffer, 0, read);
            return statusLine.Contains(" 200 ", StringComparison.Ordinal) ? null : $"answered '{statusLine.Split('\r')[0]}'";
        }
        catch (OperationCanceledException)
        {
            return $"no answer within {Timeout.TotalSeconds:0} s";
        }
        catch (SocketException ex)
        {
            return ex.Message;
        }
    }
}
