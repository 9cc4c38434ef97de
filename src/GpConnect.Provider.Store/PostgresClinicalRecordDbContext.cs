using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

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
        builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(HistoryRepository.DefaultTableName, Schema));
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
    }
}
