using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GpConnect.Provider.Foundations.Health;

/// <summary>
/// Writes a health report as JSON, so a probe that fails says why without anyone reading the server log:
/// <c>{"status":"Unhealthy","checks":[{"name":"clinical-record-store","status":"Unhealthy","reason":"…"}]}</c>.
/// Only the checks' own descriptions are written, never their exceptions.
/// </summary>
public static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new HealthReportBody(
            report.Status.ToString(),
            [.. report.Entries.Select(entry => new HealthCheckBody(entry.Key, entry.Value.Status.ToString(), entry.Value.Description))]);
        return JsonSerializer.SerializeAsync(context.Response.Body, body, s_json, context.RequestAborted);
    }

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private sealed record HealthReportBody(string Status, IReadOnlyList<HealthCheckBody> Checks);

    private sealed record HealthCheckBody(string Name, string Status, string? Reason);
}
