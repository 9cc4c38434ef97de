using FluentAssertions;
using GpConnect.Provider.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace GpConnect.Provider.Tests.Store;

/// <summary>
/// A model change without its migration would leave one provider's database behind the code, so each provider's
/// model must match its own migrations snapshot. Neither check opens a database: the SQLite context sits on an
/// unopened in-memory connection and the PostgreSQL context is never connected.
/// </summary>
public sealed class MigrationsTests
{
    [Fact]
    public void GivenTheSqliteModel_WhenComparedWithItsMigrations_ThenNothingIsPending()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        var options = new DbContextOptionsBuilder<SqliteClinicalRecordDbContext>().UseSqlite(connection).Options;
        using var context = new SqliteClinicalRecordDbContext(options);

        context.Database.HasPendingModelChanges().Should().BeFalse(
            "add a migration with: dotnet tool run dotnet-ef migrations add <Name> --project src/GpConnect.Provider.Store --startup-project src/GpConnect.Provider.Store --context SqliteClinicalRecordDbContext --output-dir Migrations/Sqlite");
        context.Database.GetMigrations().Should().NotBeEmpty();
    }

    [Fact]
    public void GivenThePostgresModel_WhenComparedWithItsMigrations_ThenNothingIsPending()
    {
        var builder = new DbContextOptionsBuilder<PostgresClinicalRecordDbContext>();
        PostgresClinicalRecordDbContext.Configure(builder, "Host=unused.invalid;Database=unused");
        using var context = new PostgresClinicalRecordDbContext(builder.Options);

        context.Database.HasPendingModelChanges().Should().BeFalse(
            "add a migration with: dotnet tool run dotnet-ef migrations add <Name> --project src/GpConnect.Provider.Store --startup-project src/GpConnect.Provider.Store --context PostgresClinicalRecordDbContext --output-dir Migrations/Postgres");
        context.Database.GetMigrations().Should().NotBeEmpty();
    }

    [Fact]
    public void GivenBothProviders_WhenListingMigrations_ThenEachHasItsOwnSet()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        using var sqlite = new SqliteClinicalRecordDbContext(new DbContextOptionsBuilder<SqliteClinicalRecordDbContext>().UseSqlite(connection).Options);
        var builder = new DbContextOptionsBuilder<PostgresClinicalRecordDbContext>();
        PostgresClinicalRecordDbContext.Configure(builder, "Host=unused.invalid;Database=unused");
        using var postgres = new PostgresClinicalRecordDbContext(builder.Options);

        sqlite.Database.GetMigrations().Should().ContainSingle(m => m.EndsWith("_InitialClinicalRecord", StringComparison.Ordinal));
        postgres.Database.GetMigrations().Should().ContainSingle(m => m.EndsWith("_InitialClinicalRecord", StringComparison.Ordinal));
        sqlite.Database.GetMigrations().Should().NotIntersectWith(postgres.Database.GetMigrations());
    }
}
