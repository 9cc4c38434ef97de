using FluentAssertions;
using GpConnect.Provider.Store;
using Npgsql;
using Xunit;

namespace GpConnect.Provider.Tests.Store;

/// <summary>
/// The PostgreSQL connection settings the provider serves with: statements prepared once per pooled connection,
/// unless the operator's connection string says otherwise.
/// </summary>
public sealed class PostgresConnectionSettingsTests
{
    [Fact]
    public void GivenAConnectionStringWithoutPreparationSettings_WhenServing_ThenStatementsAreAutoPreparedAndKeptAcrossPoolUse()
    {
        var settings = new NpgsqlConnectionStringBuilder(
            PostgresClinicalRecordDbContext.WithServingDefaults("Host=db;Database=gpconnect;Username=gp;Password=secret"));

        settings.MaxAutoPrepare.Should().BeGreaterThan(0);
        settings.NoResetOnClose.Should().BeTrue();
        settings.Password.Should().Be("secret");
        settings.Host.Should().Be("db");
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db;maxautoprepare=0;NoResetOnClose=false")]
    public void GivenAnOperatorsExplicitPreparationSettings_WhenServing_ThenTheyWin(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(PostgresClinicalRecordDbContext.WithServingDefaults(connectionString));

        settings.MaxAutoPrepare.Should().Be(0);
        settings.NoResetOnClose.Should().BeFalse();
    }
}
