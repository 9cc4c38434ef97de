using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GpConnect.Provider.Store.DesignTime;

/// <summary>
/// Lets <c>dotnet ef</c> build the PostgreSQL context without the host. Adding a migration does not connect; commands
/// that do (database update, has-pending-model-changes against a live database) read <c>GPCONNECT_POSTGRES</c>.
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresClinicalRecordDbContext>
{
    public PostgresClinicalRecordDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("GPCONNECT_POSTGRES")
            ?? "Host=localhost;Database=gpconnect;Username=gpconnect";
        var builder = new DbContextOptionsBuilder<PostgresClinicalRecordDbContext>();
        PostgresClinicalRecordDbContext.Configure(builder, connectionString);
        return new PostgresClinicalRecordDbContext(builder.Options);
    }
}
