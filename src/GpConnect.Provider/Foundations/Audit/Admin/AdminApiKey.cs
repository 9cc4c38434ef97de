using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace GpConnect.Provider.Foundations.Audit.Admin;

/// <summary>
/// Guards every administration endpoint: a request without the configured <see cref="AdminOptions.ApiKey"/> in
/// <see cref="AdminOptions.ApiKeyHeader"/> is 401 and reaches nothing. Compared in constant time, so the key cannot be
/// guessed a character at a time.
/// </summary>
public sealed class AdminApiKey(IOptions<AdminOptions> options) : IEndpointFilter
{
    public static bool Carries(HttpRequest request, string? configuredKey)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sent = request.Headers[AdminOptions.ApiKeyHeader].ToString();
        return !string.IsNullOrEmpty(configuredKey)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(configuredKey));
    }

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        return Carries(context.HttpContext.Request, options.Value.ApiKey)
            ? next(context)
            : ValueTask.FromResult<object?>(Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: $"The {AdminOptions.ApiKeyHeader} header is missing or wrong."));
    }
}
