using FluentAssertions;
using GpConnect.Provider.Tests.Infrastructure;
using Xunit;

namespace GpConnect.Provider.Tests.Smoke;

/// <summary>Proves the database tests really run on PostgreSQL and that databases and resets behave as the fixture promises.</summary>
[Trait("Category", "Integration")]
public sealed class PostgresFixtureTests(PostgresFixture postgres)
{
    [Fact]
    public async Task GivenTheRunsServer_WhenAskingItsVersion_ThenItIsPostgreSql()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await postgres.CreateDatabaseAsync(nameof(PostgresFixtureTests), cancellationToken);

        var version = await database.ScalarAsync<string>("SELECT version()", cancellationToken);

        version.Should().StartWith("PostgreSQL ");
    }

    [Fact]
    public async Task GivenTwoTestDatabases_WhenCreated_ThenEachIsSeparateAndDroppedOnDispose()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var first = await postgres.CreateDatabaseAsync("first", cancellationToken);
        await using var second = await postgres.CreateDatabaseAsync("second", cancellationToken);

        (await first.ScalarAsync<string>("SELECT current_database()", cancellationToken)).Should().Be(first.Name);
        (await second.ScalarAsync<string>("SELECT current_database()", cancellationToken)).Should().Be(second.Name);
        await first.DisposeAsync();

        var remaining = await second.ScalarAsync<long>(
            $"SELECT count(*) FROM pg_database WHERE datname = '{first.Name}'", cancellationToken);
        remaining.Should().Be(0);
    }

    [Fact]
    public async Task GivenRowsInSchemaTables_WhenTruncatingAllTables_ThenRowsAreGoneButMigrationsHistoryStays()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await postgres.CreateDatabaseAsync("truncate", cancellationToken);
        await database.ScalarAsync<int>(
            """
            CREATE SCHEMA gpconnect;
            CREATE TABLE gpconnect.patients (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, nhs_number text);
            CREATE TABLE gpconnect.appointments (id int PRIMARY KEY, patient_id int REFERENCES gpconnect.patients (id));
            CREATE TABLE public."__EFMigrationsHistory" ("MigrationId" text PRIMARY KEY, "ProductVersion" text);
            INSERT INTO gpconnect.patients (nhs_number) VALUES ('9690937278');
            INSERT INTO gpconnect.appointments VALUES (1, 1);
            INSERT INTO public."__EFMigrationsHistory" VALUES ('20261124000000_Initial', '10.0.15');
            SELECT 1;
            """,
            cancellationToken);

        await database.TruncateAllTablesAsync(cancellationToken);

        (await database.ScalarAsync<long>("SELECT count(*) FROM gpconnect.patients", cancellationToken)).Should().Be(0);
        (await database.ScalarAsync<long>("SELECT count(*) FROM gpconnect.appointments", cancellationToken)).Should().Be(0);
        (await database.ScalarAsync<long>("SELECT count(*) FROM public.\"__EFMigrationsHistory\"", cancellationToken)).Should().Be(1);
        (await database.ScalarAsync<int>(
            "INSERT INTO gpconnect.patients (nhs_number) VALUES ('9690937286') RETURNING id", cancellationToken))
            .Should().Be(1, "identities restart so ids do not depend on earlier tests");
    }
}
