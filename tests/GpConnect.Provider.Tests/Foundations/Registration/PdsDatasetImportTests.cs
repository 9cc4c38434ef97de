using FluentAssertions;
using GpConnect.Provider.Store;
using GpConnect.Provider.Store.Entities;
using GpConnect.Provider.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Registration;

/// <summary>
/// The local PDS dataset as the seed builds it on PostgreSQL: the test patients' PDS view plus RegisterPatients.csv
/// (found by walking up from the application directory, or at <c>Pds:DatasetPath</c>), idempotently; a missing file
/// leaves the dataset as it is.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PdsDatasetImportTests(PostgresFixture postgres)
{
    private const int RegisterPatientsRows = 158;

    [Fact]
    public async Task GivenTheSharedTestData_WhenSeedingTwice_ThenThePdsDatasetHoldsEachPersonOnce()
    {
        await using var database = await postgres.CreateDatabaseAsync("pds_import", TestContext.Current.CancellationToken);
        await using var services = Services(database.ConnectionString, datasetPath: null);

        await InitialiseAsync(services);
        await SeedAsync(services);

        var records = await QueryAsync(services, store => store.PdsRecords.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken));
        records.Select(r => r.NhsNumber).Should().OnlyHaveUniqueItems();
        records.Should().Contain(r => r.NhsNumber == "9651258500" && r.FamilyName == "REA" && r.BirthDate == new DateOnly(1951, 3, 10) && r.Gender == AdministrativeGender.Male);
        records.Should().NotContain(r => r.NhsNumber == "9476718943", "patient 14 is not on Spine");
        records.Single(r => r.NhsNumber == "9690938533").IsSensitive.Should().BeTrue();
        records.Single(r => r.NhsNumber == "9690938681").DeceasedOn.Should().Be(new DateOnly(1993, 2, 17));
        records.Single(r => r.NhsNumber == "9690938622").IsSuperseded.Should().BeTrue();
        records.Single(r => r.NhsNumber == "9690939300").IsSuperseded.Should().BeTrue("patient 11's previous number was superseded");
        records.Single(r => r.NhsNumber == "9690937286").Should().BeEquivalentTo(new { IsSensitive = false, IsSuperseded = false, IsInvalid = false, DeceasedOn = (DateOnly?)null });
        var csvRows = (await File.ReadAllLinesAsync(SharedDatasetPath(), TestContext.Current.CancellationToken)).Skip(1).Count(l => l.Length > 0);
        csvRows.Should().Be(RegisterPatientsRows);
        records.Should().HaveCount(RegisterPatientsRows + 19 + 2, "158 CSV people, 19 test patients on PDS, and the 2 previous numbers of patients 11 and 12");
    }

    [Fact]
    public async Task GivenADatasetPathThatDoesNotExist_WhenSeeding_ThenOnlyTheTestPatientsArePdsRecords()
    {
        await using var database = await postgres.CreateDatabaseAsync("pds_missing", TestContext.Current.CancellationToken);
        await using var services = Services(database.ConnectionString, datasetPath: Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "missing.csv"));

        await InitialiseAsync(services);

        var count = await QueryAsync(services, store => store.PdsRecords.CountAsync(TestContext.Current.CancellationToken));
        count.Should().Be(19 + 2);
    }

    private static string SharedDatasetPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "test-data", "RegisterPatients.csv");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("shared/test-data/RegisterPatients.csv is not above the test directory.");
    }

    private static ServiceProvider Services(string connectionString, string? datasetPath)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = nameof(StoreProvider.Postgres),
                ["Database:ConnectionString"] = connectionString,
                ["Pds:DatasetPath"] = datasetPath,
                ["Database:SeedDemoData"] = "true",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddClinicalRecordStore(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    private static async Task InitialiseAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ClinicalRecordInitialiser>().InitialiseAsync(TestContext.Current.CancellationToken);
    }

    private static async Task SeedAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ClinicalRecordInitialiser>().SeedAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<T> QueryAsync<T>(ServiceProvider services, Func<ClinicalRecordDbContext, Task<T>> query)
    {
        await using var scope = services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ClinicalRecordDbContext>());
    }
}
