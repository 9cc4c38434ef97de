using FluentAssertions;
using GpConnect.Provider.Store;
using GpConnect.Provider.Store.Entities;
using GpConnect.Provider.Store.Pds;
using GpConnect.Provider.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Registration;

/// <summary>
/// The local PDS dataset as the seed builds it on PostgreSQL: the test patients' PDS view plus the people of the
/// built-in dataset (Seed/pds-dataset.csv), or of the file at <c>Pds:DatasetPath</c> instead, idempotently; a
/// configured file that is missing leaves the dataset as it is.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PdsDatasetImportTests(PostgresFixture postgres)
{
    private const int RegisterPatientsRows = 158;

    [Fact]
    public async Task GivenTheBuiltInDataset_WhenSeedingTwice_ThenThePdsDatasetHoldsEachPersonOnce()
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
        var (bundled, skipped) = PdsDatasetCsv.Read(await PdsDatasetSource.ReadBundledLinesAsync(TestContext.Current.CancellationToken));
        bundled.Should().HaveCount(RegisterPatientsRows, "every row of the assurance RegisterPatients.csv is in the built-in dataset");
        skipped.Should().Be(0);
        records.Should().HaveCount(RegisterPatientsRows + 19 + 2, "158 dataset people, 19 test patients on PDS, and the 2 previous numbers of patients 11 and 12");
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

    [Fact]
    public async Task GivenADatasetPathInTheAssuranceLayout_WhenSeeding_ThenItsPeopleAreImportedInsteadOfTheBuiltInOnes()
    {
        var file = Path.Combine(Path.GetTempPath(), $"pds-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(file, ["SPINE_NHS_NUMBER,NAME_FAMILY,NAME_GIVEN,GENDER,DOB", "9651258500,REA,Clive,MALE,1951-03-10", "9651258519,SOFFE,Oscar,FEMALE,1937-03-11"], TestContext.Current.CancellationToken);
        try
        {
            await using var database = await postgres.CreateDatabaseAsync("pds_configured", TestContext.Current.CancellationToken);
            await using var services = Services(database.ConnectionString, datasetPath: file);

            await InitialiseAsync(services);

            var records = await QueryAsync(services, store => store.PdsRecords.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken));
            records.Should().HaveCount(2 + 19 + 2);
            records.Single(r => r.NhsNumber == "9651258519").Gender.Should().Be(AdministrativeGender.Female);
            records.Should().NotContain(r => r.NhsNumber == "9651258527", "FLYNN is only in the built-in dataset");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static ServiceProvider Services(string connectionString, string? datasetPath)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = nameof(StoreProvider.Postgres),
                ["Database:ConnectionString"] = connectionString,
                ["Pds:DatasetPath"] = datasetPath,
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
