using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace GpConnect.Provider.Store;

/// <summary>The clinical record on PostgreSQL (production), in schema <c>gpconnect</c>, with its own migrations.</summary>
public sealed class PostgresClinicalRecordDbContext(DbContextOptions<PostgresClinicalRecordDbContext> options)
    : ClinicalRecordDbContext(options)
{
    public const string Schema = "gpconnect";

    /// <summary>Provider settings shared by the host registration, the design-time factory and the tests.</summary>
    public static void Configure(DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseNpgsql(WithServingDefaults(connectionString), npgsql => npgsql.MigrationsHistoryTable(HistoryRepository.DefaultTableName, Schema))
            .LeaveStoreFailuresToTheirCallers();
    }

    /// <summary>
    /// Every GP Connect request runs the same few statements, so the server should parse and plan them once per
    /// connection, not once per request: Npgsql prepares a statement after a few uses (auto-prepare), and
    /// a pooled connection keeps its prepared statements because it is not reset with DISCARD ALL when returned (the
    /// provider sets no session state; its advisory locks are transaction-scoped). An operator's explicit setting wins.
    /// </summary>
    internal static string WithServingDefaults(string connectionString)
    {
        // NpgsqlConnectionStringBuilder reports every keyword it knows as present, so ask the plain builder what was
        // actually written.
        var written = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys
            .Cast<string>()
            .Select(key => key.Replace(" ", string.Empty, StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (!written.Contains(nameof(NpgsqlConnectionStringBuilder.MaxAutoPrepare)))
        {
            settings.MaxAutoPrepare = 64;
        }

        if (!written.Contains(nameof(NpgsqlConnectionStringBuilder.NoResetOnClose)))
        {
            settings.NoResetOnClose = true;
        }

        return settings.ConnectionString;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
    }
}
