using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace GpConnect.Provider.Tests.Profiles;

/// <summary>
/// Wraps the host of every test factory (registered by <c>GpConnectApiFactoryBase</c>), so every FHIR response any
/// HTTP test receives is checked against its profile without the test asking. The body is copied as it is sent,
/// untouched (chunking and headers stay as the server made them); once the server has finished, a violation throws
/// <see cref="ProfileViolationException"/>. The in-memory test server hands that exception to the client's
/// <c>SendAsync</c>, failing the test with the list of violations; over a real Kestrel socket the connection is
/// aborted instead and the list is in the host's log.
/// </summary>
public sealed class ProfileConformanceMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        using var copy = new MemoryStream();
        var copying = new StreamResponseBodyFeature(new CopyingStream(original.Stream, copy), original);
        context.Features.Set<IHttpResponseBodyFeature>(copying);
        try
        {
            await next(context);
            await copying.CompleteAsync();
        }
        finally
        {
            context.Features.Set(original);
        }

        var mediaType = context.Response.ContentType;
        if (copy.Length == 0 || mediaType is null || !mediaType.Contains("fhir", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var body = Decoded(copy, context.Response.Headers.ContentEncoding.ToString());
        var violations = ProfileConformanceChecker.Published.CheckBody(mediaType, body);
        if (violations.Count > 0)
        {
            throw new ProfileViolationException($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}", context.Response.StatusCode, violations);
        }
    }

    /// <summary>The body as the consumer reads it: the host compresses when asked (Accept-Encoding), after the FHIR writer.</summary>
    private static string Decoded(MemoryStream copy, string contentEncoding)
    {
        copy.Position = 0;
        using Stream decoded = contentEncoding.ToUpperInvariant() switch
        {
            "GZIP" => new GZipStream(copy, CompressionMode.Decompress, leaveOpen: true),
            "BR" => new BrotliStream(copy, CompressionMode.Decompress, leaveOpen: true),
            "DEFLATE" => new ZLibStream(copy, CompressionMode.Decompress, leaveOpen: true),
            _ => new MemoryStream(copy.GetBuffer(), 0, (int)copy.Length, writable: false),
        };
        using var reader = new StreamReader(decoded, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Puts the middleware in front of the host's own pipeline.</summary>
    public sealed class StartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseMiddleware<ProfileConformanceMiddleware>();
            next(app);
        };
    }

    /// <summary>Writes through to the response and keeps a copy of every byte.</summary>
    private sealed class CopyingStream(Stream response, MemoryStream copy) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => response.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => response.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            copy.Write(buffer, offset, count);
            response.Write(buffer, offset, count);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            copy.Write(buffer.Span);
            await response.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
