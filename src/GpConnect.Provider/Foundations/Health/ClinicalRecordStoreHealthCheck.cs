using System.Data.Common;
using GpConnect.Provider.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GpConnect.Provider.Foundations.Health;

/// <summary>
/// Ready when the clinical record store answers and has every migration this build knows: a store that answers but
/// was not migrated (a deployment that runs migrations as its own step, <c>Database:ApplyMigrationsOnStartup=false</c>,
/// and skipped it) would fail every request. The reason says which, in words an operator can act on, and never
/// carries the connection string or its password.
/// </summary>
public sealed class ClinicalRecordStoreHealthCheck(ClinicalRecordDbContext store) : IHealthCheck
{
    public const string Name = "clinical-record-store";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = (await store.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy("The store answers and is fully migrated.")
                : HealthCheckResult.Unhealthy(
                    $"The store answers but lacks {pending.Count} migration(s), the first {pending[0]}: run the migration step of the deployment (README, Production).");
        }
        catch (Exception ex) when (ex is DbException or TimeoutException or InvalidOperationException or ArgumentException)
        {
            return HealthCheckResult.Unhealthy($"The store cannot be reached: {Describe(ex)}");
        }
    }

    /// <summary>
    /// The failure's type and first message line, with the configured password blanked out should a driver ever echo
    /// it; the exception itself is not handed on, so no report or log shows its stack trace or inner details.
    /// </summary>
    private string Describe(Exception exception)
    {
        var root = exception is InvalidOperationException { InnerException: { } inner } ? inner : exception;
        var message = root.Message.Split('\n', 2)[0].Trim();
        if (Password() is { Length: > 0 } password)
        {
            message = message.Replace(password, "***", StringComparison.Ordinal);
        }

        return $"{root.GetType().Name}: {(message.Length <= 200 ? message : message[..200] + "…")}";
    }

    private string? Password()
    {
        try
        {
            var settings = new DbConnectionStringBuilder { ConnectionString = store.Database.GetConnectionString() };
            return settings.TryGetValue("Password", out var value) ? value?.ToString() : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
