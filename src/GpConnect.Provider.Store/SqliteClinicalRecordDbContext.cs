using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GpConnect.Provider.Store;

/// <summary>
/// The clinical record in an embedded SQLite file (the default for <c>dotnet run</c>), with its own migrations.
/// SQLite has no schemas and no time zone type: times are stored as UTC text, which sorts and compares correctly,
/// and are read back as <see cref="DateTimeKind.Utc"/>.
/// </summary>
public sealed class SqliteClinicalRecordDbContext(DbContextOptions<SqliteClinicalRecordDbContext> options)
    : ClinicalRecordDbContext(options)
{
    /// <summary>Provider settings shared by the host registration, the design-time factory and the tests.</summary>
    public static void Configure(DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSqlite(connectionString).LeaveStoreFailuresToTheirCallers();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value,
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
