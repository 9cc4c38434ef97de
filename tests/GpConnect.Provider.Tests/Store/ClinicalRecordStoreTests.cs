using FluentAssertions;
using GpConnect.Provider.Store;
using GpConnect.Provider.Store.Audit;
using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace GpConnect.Provider.Tests.Store;

/// <summary>
/// The store on a real database, migrated and seeded through <see cref="ClinicalRecordInitialiser"/> as at startup:
/// the GP Connect assurance reference data and test patients hold what assurance expects (and nothing it forbids),
/// seeding is idempotent, rolling slots follow the clock, and versions guard concurrent updates. Each test gets a
/// database of its own. Run once per provider by the derived classes.
/// </summary>
public abstract class ClinicalRecordStoreTests : IAsyncLifetime
{
    private StoreHost? _host;

    private StoreHost Host => _host ?? throw new InvalidOperationException("Not initialised.");

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var (provider, connectionString) = await CreateDatabaseAsync(Cancellation);
        _host = StoreHost.Create(provider, connectionString);
        await _host.InitialiseAsync(Cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await DropDatabaseAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task GivenASeededStore_WhenSeedingAgain_ThenNoTableChanges()
    {
        var before = await CountRowsAsync();

        await Host.SeedAsync(Cancellation);

        var after = await CountRowsAsync();
        after.Should().Equal(before);
        before.Should().HaveCount(await Host.WithContextAsync(db => Task.FromResult(db.Model.GetEntityTypes().Count())), "every table is counted");
        before["patients"].Should().Be(20);
        before["pds_records"].Should().BePositive();
        before["allergies"].Should().BePositive();
        before["slots"].Should().Be(53, "30 + 20 rolling free slots and 3 fixed ORG1 slots");
    }

    [Fact]
    public async Task GivenAuditEntriesFromBeforeThePracticeColumn_WhenMigrated_ThenEachBelongsToThePracticeItsPathAddressed()
    {
        await Host.WithContextAsync(async db =>
        {
            var migrations = db.Database.GetMigrations().ToList();
            var previous = migrations[migrations.FindIndex(m => m.EndsWith("_AddAuditPracticeOdsCode", StringComparison.Ordinal)) - 1];
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(previous, Cancellation);
            var table = db is PostgresClinicalRecordDbContext ? "gpconnect.audit_entries" : "audit_entries";
#pragma warning disable EF1002 // The table name is one of two constants; the values are parameters.
            await db.Database.ExecuteSqlRawAsync(
                $"INSERT INTO {table} (sequence_number, recorded_at, interaction_id, ssp_trace_id, request_path, outcome_http_status) VALUES (1, {{0}}, 'urn:nhs:names:services:gpconnect:fhir:rest:read:patient-1', 'trace', '/B82617/STU3/1/gpconnect/Patient/2', 200)",
                [StoreHost.Start.UtcDateTime],
                Cancellation);
#pragma warning restore EF1002
            await migrator.MigrateAsync(targetMigration: null, Cancellation);
            return true;
        });

        var entry = await Host.WithContextAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(Cancellation));

        entry.PracticeOdsCode.Should().Be("B82617");
    }

    [Fact]
    public async Task GivenASeededStore_WhenCountingFreeSlotsInTheNext14Days_Then30ForOrg1And20ForOrg2AndNoneForOrg3()
    {
        var counts = await FreeSlotsByOrganisationAsync();

        counts.GetValueOrDefault("B82617").Should().Be(30);
        counts.GetValueOrDefault("R1A14").Should().Be(20);
        counts.GetValueOrDefault("X12345").Should().Be(0);
    }

    [Fact]
    public async Task GivenASeededStore_WhenSeedingThreeDaysLater_ThenRollingSlotsAreToppedUpWithoutDuplicates()
    {
        var slotsBefore = await Host.WithContextAsync(db => db.Slots.CountAsync(Cancellation));
        Host.Clock.Advance(TimeSpan.FromDays(3));

        await Host.SeedAsync(Cancellation);

        var counts = await FreeSlotsByOrganisationAsync();
        counts.GetValueOrDefault("B82617").Should().Be(30);
        counts.GetValueOrDefault("R1A14").Should().Be(20);
        var slotsAfter = await Host.WithContextAsync(db => db.Slots.CountAsync(Cancellation));
        slotsAfter.Should().BeGreaterThan(slotsBefore, "slots that slipped into the past are replaced, not moved");
        var duplicates = await Host.WithContextAsync(db => db.Slots.GroupBy(s => new { s.ScheduleId, s.Start }).CountAsync(g => g.Count() > 1, Cancellation));
        duplicates.Should().Be(0);
    }

    [Fact]
    public async Task GivenABookedRollingSlot_WhenSeedingAgain_ThenAnotherFreeSlotKeepsTheCountAt30()
    {
        await Host.WithContextAsync(async db =>
        {
            var now = Host.Clock.GetUtcNow().UtcDateTime;
            var slot = await db.Slots.Where(s => s.Schedule.Location.ManagingOrganisation.OdsCode == "B82617" && s.Start > now)
                .OrderBy(s => s.Start).FirstAsync(Cancellation);
            slot.Status = SlotStatus.Busy;
            return await db.SaveChangesAsync(Cancellation);
        });
        (await FreeSlotsByOrganisationAsync()).GetValueOrDefault("B82617").Should().Be(29);

        await Host.SeedAsync(Cancellation);

        (await FreeSlotsByOrganisationAsync()).GetValueOrDefault("B82617").Should().Be(30);
    }

    [Fact]
    public async Task GivenASeededStore_WhenReadingOrg1FixedSlots_ThenThe2017SlotsExistAndOnlyOneOn29December()
    {
        var starts = await Host.WithContextAsync(db => db.Slots
            .Where(s => s.Schedule.Location.ManagingOrganisation.OdsCode == "B82617" && s.Start < new DateTime(2018, 1, 1, 0, 0, 0, DateTimeKind.Utc))
            .Select(s => new { s.Start, s.End }).ToListAsync(Cancellation));

        starts.Select(s => s.Start).Should().BeEquivalentTo(
        [
            new DateTime(2017, 2, 26, 10, 35, 0, DateTimeKind.Utc),
            new DateTime(2017, 1, 2, 12, 40, 0, DateTimeKind.Utc),
            new DateTime(2017, 12, 29, 12, 40, 0, DateTimeKind.Utc),
        ]);
        starts.Should().OnlyContain(s => s.End - s.Start >= TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task GivenASeededStore_WhenLookingUpOrganisations_ThenTheTestOrganisationsAndSitesExistAndTheUnknownOnesDoNot()
    {
        var organisations = await Host.WithContextAsync(db => db.Organisations.Include(o => o.PartOf).ToListAsync(Cancellation));

        organisations.Select(o => o.OdsCode).Should().Contain(["B82617", "R1A14", "X12345", "Z26556", "Z33432", "Z33433", "Z99899"]);
        organisations.Select(o => o.OdsCode).Should().NotContain(["INVOC1", "INVSC1"]);
        organisations.Should().OnlyContain(o => o.OdsCode == o.OdsCode.Trim(), "ODSCodeMap's trailing space is not part of the code");
        organisations.Single(o => o.OdsCode == "Z33432").PartOf!.OdsCode.Should().Be("R1A14");
        organisations.Single(o => o.OdsCode == "Z99899").PartOf!.OdsCode.Should().Be("R1A14");
        organisations.Single(o => o.OdsCode == "Z26556").PartOf!.OdsCode.Should().Be("B82617");
        organisations.Single(o => o.OdsCode == "Z33433").PartOf!.OdsCode.Should().Be("X12345");

        var practice = await Host.WithContextAsync(db => db.Practices.Include(p => p.Organisation).SingleAsync(Cancellation));
        practice.Organisation.OdsCode.Should().Be("B82617");
        practice.Asid.Should().MatchRegex("^[0-9]{12}$");
        practice.GpConnectEnabled.Should().BeTrue();
    }

    [Fact]
    public async Task GivenASeededStore_WhenReadingLocations_ThenLogicalIds1And8And3AreTheSitesLocations()
    {
        var locations = await Host.WithContextAsync(db => db.Locations.Select(l => new { l.Id, Site = l.Site!.OdsCode, Managing = l.ManagingOrganisation.OdsCode }).ToListAsync(Cancellation));

        locations.Single(l => l.Id == 1).Should().Be(new { Id = 1, Site = "Z26556", Managing = "B82617" });
        locations.Single(l => l.Id == 8).Should().Be(new { Id = 8, Site = "Z33432", Managing = "R1A14" });
        locations.Single(l => l.Id == 3).Should().Be(new { Id = 3, Site = "Z33433", Managing = "X12345" });
        locations.Count(l => l.Site == "Z33432").Should().Be(2);
        locations.Count(l => l.Site == "Z33433").Should().Be(8);
    }

    [Fact]
    public async Task GivenASeededStore_WhenLookingUpPractitioners_ThenRoleProfileCountsMatchAndG99999999DoesNotExist()
    {
        var practitioners = await Host.WithContextAsync(db => db.Practitioners
            .Select(p => new { p.SdsUserId, Profiles = p.Roles.Count(r => r.SdsRoleProfileId != null) })
            .ToListAsync(Cancellation));

        practitioners.Single(p => p.SdsUserId == "G13579135").Profiles.Should().Be(0);
        practitioners.Single(p => p.SdsUserId == "G11111116").Profiles.Should().Be(1);
        practitioners.Single(p => p.SdsUserId == "G22345655").Profiles.Should().Be(2);
        practitioners.Where(p => p.SdsUserId == "G22222226").Select(p => p.Profiles).Should().Equal(1, 1);
        practitioners.Should().NotContain(p => p.SdsUserId == "G99999999");
    }

    [Fact]
    public async Task GivenASeededStore_WhenLookingUpTestPatients_ThenAll20ExistWithValidNumbersAnd9999999999DoesNot()
    {
        var numbers = await Host.WithContextAsync(db => db.Patients.Select(p => p.NhsNumber).ToListAsync(Cancellation));

        numbers.Should().BeEquivalentTo(
        [
            "9690937278", "9690937286", "9690937294", "9690937308", "9690937375", "9690937383", "9690937391", "9690937405",
            "9690938533", "9690938541", "9690938622", "9690938614", "9690938096", "9476718943", "9690938576", "9690938118",
            "9690938126", "9690938681", "9690938134", "9690938142",
        ]);
        numbers.Should().OnlyContain(n => NhsNumber.IsValid(n));
        numbers.Should().NotContain("9999999999");
    }

    [Fact]
    public async Task GivenASeededStore_WhenReadingPatientFlags_ThenEachSpecialConditionIsOnItsPatient()
    {
        var patients = await Host.WithContextAsync(db => db.Patients.Include(p => p.PreviousNhsNumbers).ToDictionaryAsync(p => p.NhsNumber, Cancellation));

        patients.Values.Where(p => p.IsSensitive).Select(p => p.NhsNumber).Should().BeEquivalentTo(["9690938533", "9690938541"]);
        patients["9690938622"].PreviousNhsNumbers.Should().ContainSingle(n => n.Reason == NhsNumberChangeReason.Superseded && NhsNumber.IsValid(n.NhsNumber));
        patients["9690938614"].PreviousNhsNumbers.Should().ContainSingle(n => n.Reason == NhsNumberChangeReason.Merged && NhsNumber.IsValid(n.NhsNumber));
        patients.Values.Where(p => p.IsRecordInTransit).Select(p => p.NhsNumber).Should().Equal("9690938096");
        patients.Values.Where(p => !p.IsKnownToPds).Select(p => p.NhsNumber).Should().Equal("9476718943");
        patients.Values.Where(p => p.HasDissentedFromSharing).Select(p => p.NhsNumber).Should().Equal("9690938576");
        patients["9690938681"].DeceasedAt.Should().Be(new DateTime(1993, 2, 17, 0, 0, 0, DateTimeKind.Utc));
        patients["9690938681"].IsMultipleBirth.Should().BeTrue();
        patients["9690938142"].RegistrationStatus.Should().Be(RegistrationStatus.Inactive);
        patients["9690937278"].RegistrationStatus.Should().Be(RegistrationStatus.Active);
        patients["9690937278"].NhsNumberStatus.Should().Be(NhsNumberVerificationStatus.NumberPresentAndVerified);
        patients["9690937278"].RegisteredPracticeId.Should().Be(patients["9690937286"].RegisteredPracticeId);
    }

    [Fact]
    public async Task GivenPatient1_WhenReadingTheRecord_ThenItHoldsNoClinicalDataAndNoNoKnownAllergiesCoding()
    {
        var record = await SummariseAsync("9690937278");

        record.Should().Be(new RecordSummary());
    }

    [Fact]
    public async Task GivenPatient2_WhenReadingTheRecord_ThenEveryAreaHasDataFromThreeYearsBack()
    {
        var record = await SummariseAsync("9690937286");
        var now = Host.Clock.GetUtcNow().UtcDateTime;

        record.ActiveAllergies.Should().BePositive();
        record.EndedAllergies.Should().BePositive();
        record.ActiveMedications.Should().BePositive();
        record.RepeatMedications.Should().BePositive();
        record.PastMedications.Should().BePositive();
        record.ConfidentialMedications.Should().BePositive();
        record.EarliestMedicationStart.Should().BeOnOrBefore(now.AddYears(-3));
        record.Problems.Should().BePositive();
        record.Consultations.Should().BePositive();
        record.Immunisations.Should().BePositive();
        record.UncategorisedObservations.Should().BePositive();
        record.Investigations.Should().BePositive();
        record.Referrals.Should().BePositive();
        record.Documents.Should().BePositive();
        record.DiaryEntries.Should().BePositive();
        record.LatestDiaryDate.Should().BeAfter(now.AddYears(9)).And.BeOnOrBefore(now.AddYears(10));
    }

    [Fact]
    public async Task GivenPatient2_WhenFollowingProblemLinks_ThenProblemsLinkMedicationConsultationsUncategorisedInvestigationsReferralsDiaryAndEachOther()
    {
        await Host.WithContextAsync(async db =>
        {
            var patient = await db.Patients.SingleAsync(p => p.NhsNumber == "9690937286", Cancellation);
            var links = await db.ProblemLinkedItems.Where(l => l.Problem.PatientId == patient.Id).ToListAsync(Cancellation);

            links.Select(l => l.ItemType).Should().Contain(
            [
                ClinicalItemType.MedicationRequest, ClinicalItemType.MedicationStatement, ClinicalItemType.Observation,
                ClinicalItemType.DiagnosticReport, ClinicalItemType.Referral, ClinicalItemType.DiaryEntry, ClinicalItemType.Document,
            ]);
            links.Should().Contain(l => l.ConsultationId != null);
            foreach (var link in links.Where(l => l.ItemType is not null))
            {
                (await ExistsAsync(db, link.ItemType!.Value, link.ItemIdentifier!.Value)).Should().BeTrue($"{link.ItemType} {link.ItemIdentifier} is linked");
            }

            var relationships = await db.ProblemRelationships.Where(r => r.Problem.PatientId == patient.Id).Select(r => r.Type).ToListAsync(Cancellation);
            relationships.Should().Contain([ProblemRelationshipType.Parent, ProblemRelationshipType.Child, ProblemRelationshipType.Sibling]);
            return true;
        });
    }

    [Fact]
    public async Task GivenPatient2_WhenReadingConsultations_ThenTopicsAndHeadingsHoldMedicationAndUncategorisedItems()
    {
        await Host.WithContextAsync(async db =>
        {
            var sections = await db.ConsultationSections.Include(s => s.Items)
                .Where(s => s.Consultation.Patient.NhsNumber == "9690937286").ToListAsync(Cancellation);

            sections.Should().Contain(s => s.Kind == ConsultationSectionKind.Topic && s.ProblemId != null);
            sections.Should().Contain(s => s.Kind == ConsultationSectionKind.Heading && s.ParentSectionId != null);
            var items = sections.SelectMany(s => s.Items).ToList();
            items.Select(i => i.ItemType).Should().Contain([ClinicalItemType.MedicationRequest, ClinicalItemType.Observation]);
            foreach (var item in items)
            {
                (await ExistsAsync(db, item.ItemType, item.ItemIdentifier)).Should().BeTrue();
            }

            return true;
        });
    }

    [Fact]
    public async Task GivenPatient2_WhenReadingTheInvestigation_ThenTheReportHasRequestSpecimenTestGroupAndResults()
    {
        var report = await Host.WithContextAsync(db => db.DiagnosticReports
            .Include(r => r.Specimens).Include(r => r.Observations).ThenInclude(o => o.Members)
            .SingleAsync(r => r.Patient.NhsNumber == "9690937286", Cancellation));

        report.Status.Should().Be(DiagnosticReportStatus.Final);
        report.TestRequestIdentifier.Should().NotBeNull();
        report.Specimens.Should().ContainSingle();
        var group = report.Observations.Should().ContainSingle(o => o.Kind == ObservationKind.TestGroup).Subject;
        group.Members.Should().HaveCount(3).And.OnlyContain(m => m.Kind == ObservationKind.TestResult && m.ValueQuantity != null);
        report.Observations.Should().Contain(o => o.Kind == ObservationKind.FilingComment && o.Code == SnomedCodes.CommentNote);
    }

    [Fact]
    public async Task GivenPatient3_WhenReadingTheRecord_ThenNoProblemsNoDocumentsAndOnlyPastMedication()
    {
        var record = await SummariseAsync("9690937294");

        record.ActiveAllergies.Should().BePositive();
        record.EndedAllergies.Should().BePositive();
        record.ActiveMedications.Should().Be(0);
        record.PastMedications.Should().BePositive();
        record.Problems.Should().Be(0);
        record.Documents.Should().Be(0);
        record.Immunisations.Should().BePositive();
        record.UncategorisedObservations.Should().BePositive();
        record.Investigations.Should().BePositive();
        record.Referrals.Should().BePositive();
        record.DiaryEntries.Should().BePositive();
    }

    [Fact]
    public async Task GivenPatient4_WhenReadingTheRecord_ThenAllergiesAndOneDocumentOver5MbAndNothingElse()
    {
        var record = await SummariseAsync("9690937308");

        record.Should().Be(new RecordSummary { ActiveAllergies = 1, EndedAllergies = 1, Documents = 1 });
        var (size, stored) = await Host.WithContextAsync(async db =>
        {
            var document = await db.Documents.Include(d => d.Content).SingleAsync(d => d.Patient.NhsNumber == "9690937308", Cancellation);
            return (document.SizeBytes, document.Content!.Data.LongLength);
        });
        size.Should().BeGreaterThan(5 * 1024 * 1024);
        stored.Should().Be(size);
    }

    [Fact]
    public async Task GivenPatient5_WhenReadingTheRecord_ThenExplicitNoKnownAllergiesAndCurrentAndRepeatMedicationOnly()
    {
        var record = await SummariseAsync("9690937375");

        record.NoKnownAllergies.Should().BeTrue();
        record.ActiveAllergies.Should().Be(0);
        record.EndedAllergies.Should().Be(0);
        record.ActiveMedications.Should().BePositive();
        record.RepeatMedications.Should().BePositive();
        record.PastMedications.Should().Be(0);
        record.Problems.Should().Be(0);
    }

    [Fact]
    public async Task GivenPatient16_WhenReadingAllergies_ThenOneIsConfidentialAndAnActiveOneHasNoEndReason()
    {
        var allergies = await Host.WithContextAsync(db => db.Allergies.Where(a => a.Patient.NhsNumber == "9690938118").ToListAsync(Cancellation));

        allergies.Should().Contain(a => a.IsConfidential);
        allergies.Should().Contain(a => a.ClinicalStatus == AllergyClinicalStatus.Active && !a.IsConfidential && a.EndReason == null);
        (await SummariseAsync("9690938118")).Referrals.Should().BePositive();
        (await SummariseAsync("9690938118")).Problems.Should().Be(0);
    }

    [Fact]
    public async Task GivenPatient17_WhenReadingAllergies_ThenEndedAllergiesCarryEndDateAndReason()
    {
        var ended = await Host.WithContextAsync(db => db.Allergies
            .Where(a => a.Patient.NhsNumber == "9690938126" && a.ClinicalStatus == AllergyClinicalStatus.Resolved).ToListAsync(Cancellation));

        ended.Should().NotBeEmpty().And.OnlyContain(a => a.EndDate != null && !string.IsNullOrEmpty(a.EndReason));
    }

    [Theory]
    [InlineData("9690937383")]
    [InlineData("9690937391")]
    [InlineData("9690937405")]
    [InlineData("9690938614")]
    [InlineData("9690938096")]
    public async Task GivenAPatientThatMustHaveNoProblems_WhenReadingTheRecord_ThenAllergiesButNoProblems(string nhsNumber)
    {
        var record = await SummariseAsync(nhsNumber);

        record.ActiveAllergies.Should().BePositive();
        record.EndedAllergies.Should().BePositive();
        record.Problems.Should().Be(0);
    }

    [Fact]
    public async Task GivenPatient12_WhenReadingMedication_ThenOnlyPastMedication()
    {
        var record = await SummariseAsync("9690938614");

        record.ActiveMedications.Should().Be(0);
        record.RepeatMedications.Should().Be(0);
        record.PastMedications.Should().BePositive();
    }

    [Fact]
    public async Task GivenTheSeededAppointmentBook_WhenLookingForPatientNoAppointments_ThenThereAreNone()
    {
        var count = await Host.WithContextAsync(db => db.Appointments.CountAsync(a => a.Patient.NhsNumber == "9690938134", Cancellation));

        count.Should().Be(0);
    }

    [Fact]
    public async Task GivenASlotReadTwice_WhenBothCopiesAreUpdated_ThenTheSecondFailsAndTheFirstAdvancedTheVersion()
    {
        await using var firstScope = Host.CreateScope();
        await using var secondScope = Host.CreateScope();
        var first = firstScope.ServiceProvider.GetRequiredService<ClinicalRecordDbContext>();
        var second = secondScope.ServiceProvider.GetRequiredService<ClinicalRecordDbContext>();
        var id = await first.Slots.Where(s => s.Status == SlotStatus.Free).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(Cancellation);
        var mine = await first.Slots.SingleAsync(s => s.Id == id, Cancellation);
        var theirs = await second.Slots.SingleAsync(s => s.Id == id, Cancellation);
        Host.Clock.Advance(TimeSpan.FromMinutes(5));

        mine.Status = SlotStatus.Busy;
        await first.SaveChangesAsync(Cancellation);
        theirs.Status = SlotStatus.BusyUnavailable;
        var secondSave = () => second.SaveChangesAsync(Cancellation);

        await secondSave.Should().ThrowAsync<DbUpdateConcurrencyException>();
        var stored = await Host.WithContextAsync(db => db.Slots.AsNoTracking().SingleAsync(s => s.Id == id, Cancellation));
        stored.Version.Should().Be(2);
        stored.Status.Should().Be(SlotStatus.Busy);
        stored.LastUpdated.Should().Be(Host.Clock.GetUtcNow().UtcDateTime);
        stored.LastUpdated.Kind.Should().Be(DateTimeKind.Utc, "times are stored and read back as UTC on every provider");
    }

    [Fact]
    public async Task GivenAnIfMatchVersion_WhenItIsStale_ThenSavingTheAppointmentBookFails()
    {
        await using var scope = Host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ClinicalRecordDbContext>();
        var slot = await db.Slots.OrderBy(s => s.Id).FirstAsync(Cancellation);
        slot.Status = SlotStatus.Busy;
        db.Entry(slot).Property(s => s.Version).OriginalValue = slot.Version + 1;

        var save = () => db.SaveChangesAsync(Cancellation);

        await save.Should().ThrowAsync<DbUpdateConcurrencyException>();
    }

    [Fact]
    public async Task GivenThreeAuditedRequests_WhenAppended_ThenSequenceNumbersAreGapFreeAndStampedWithServerTime()
    {
        var numbers = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            await using var scope = Host.CreateScope();
            var trail = scope.ServiceProvider.GetRequiredService<AuditTrail>();
            numbers.Add(await trail.AppendAsync(
                scope.ServiceProvider.GetRequiredService<ClinicalRecordDbContext>(),
                new AuditEntry
                {
                    InteractionId = "urn:nhs:names:services:gpconnect:fhir:rest:read:metadata-1",
                    SspTraceId = Guid.NewGuid().ToString(),
                    SspFrom = "200000000359",
                    SspTo = "918999198993",
                    RequestingOrganisation = """{"resourceType":"Organization","identifier":[{"system":"https://fhir.nhs.uk/Id/ods-organization-code","value":"GPC001"}]}""",
                    OutcomeHttpStatus = 200,
                },
                Cancellation));
            Host.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        numbers.Should().Equal(1, 2, 3);
        var entries = await Host.WithContextAsync(db => db.AuditEntries.OrderBy(e => e.SequenceNumber).ToListAsync(Cancellation));
        entries.Select(e => e.RecordedAt).Should().Equal(
            StoreHost.Start.UtcDateTime, StoreHost.Start.UtcDateTime.AddSeconds(1), StoreHost.Start.UtcDateTime.AddSeconds(2));
    }

    [Fact]
    public async Task GivenConcurrentRequests_WhenAuditedInParallel_ThenEverySequenceNumberIsUsedOnce()
    {
        var appends = Enumerable.Range(0, 8).Select(async i =>
        {
            await using var scope = Host.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<AuditTrail>().AppendAsync(
                scope.ServiceProvider.GetRequiredService<ClinicalRecordDbContext>(),
                new AuditEntry { InteractionId = "urn:nhs:names:services:gpconnect:fhir:rest:read:patient-1", SspTraceId = $"trace-{i}", OutcomeHttpStatus = 200 },
                Cancellation);
        });

        var numbers = await Task.WhenAll(appends);

        numbers.Should().BeEquivalentTo(Enumerable.Range(1, 8).Select(n => (long)n));
    }

    [Fact]
    public async Task GivenAFullyDescribedEntry_WhenGroupCommitted_ThenItIsStoredExactlyAsAWriteStoresIt()
    {
        static AuditEntry Described(string traceId) => new()
        {
            RecordedAt = DateTime.UnixEpoch,
            InteractionId = "urn:nhs:names:services:gpconnect:fhir:rest:read:patient-1",
            SspTraceId = traceId,
            SspFrom = "200000000359",
            SspTo = "918999198993",
            PracticeOdsCode = "B82617",
            HttpMethod = "GET",
            RequestPath = "/B82617/STU3/1/gpconnect/Patient/2",
            RequestingUserSdsUserId = "G13579135",
            RequestingUserSdsRoleProfileId = "R8000",
            RequestingUserName = "Assurance, Test",
            RequestingUserRole = "Clinical Practitioner",
            RequestingOrganisationOdsCode = "GPC001",
            RequestingOrganisation = """{"resourceType":"Organization","name":"Consumer \"One\" – Leeds"}""",
            RequestingDevice = """{"resourceType":"Device","model":"v1"}""",
            ReasonForRequest = "directcare",
            RequestedScope = "patient/*.read",
            PatientNhsNumber = "9690937286",
            OutcomeHttpStatus = 404,
            OutcomeSpineCode = "PATIENT_NOT_FOUND",
        };
        var described = Described("described");
        typeof(AuditEntry).GetProperties()
            .Where(property => property.Name is not (nameof(AuditEntry.Id) or nameof(AuditEntry.SequenceNumber)))
            .Should().OnlyContain(property => property.GetValue(described) != null && !Equals(property.GetValue(described), 0),
                "every column must carry a value here, so that a new one cannot go unwritten unnoticed");
        await using (var scope = Host.CreateScope())
        {
            var trail = scope.ServiceProvider.GetRequiredService<AuditTrail>();
            await trail.AppendAsync(scope.ServiceProvider.GetRequiredService<ClinicalRecordDbContext>(), Described("written"), Cancellation);
            await trail.AppendAsync(Described("grouped"));
        }

        var stored = await Host.WithContextAsync(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.SequenceNumber).ToListAsync(Cancellation));

        stored.Select(e => e.SspTraceId).Should().Equal("written", "grouped");
        stored[1].Should().BeEquivalentTo(stored[0], options => options
            .Excluding(e => e.Id).Excluding(e => e.SequenceNumber).Excluding(e => e.SspTraceId));
        stored[1].SequenceNumber.Should().Be(2);
        stored[1].RecordedAt.Should().Be(StoreHost.Start.UtcDateTime);
    }

    protected abstract Task<(StoreProvider Provider, string ConnectionString)> CreateDatabaseAsync(CancellationToken cancellationToken);

    protected abstract ValueTask DropDatabaseAsync();

    private static async Task<bool> ExistsAsync(ClinicalRecordDbContext db, ClinicalItemType type, Guid identifier) => type switch
    {
        ClinicalItemType.Allergy => await db.Allergies.AnyAsync(x => x.Identifier == identifier, Cancellation),
        ClinicalItemType.MedicationStatement => await db.MedicationStatements.AnyAsync(x => x.Identifier == identifier, Cancellation),
        ClinicalItemType.MedicationRequest => await db.MedicationRequests.AnyAsync(x => x.Identifier == identifier, Cancellation),
        ClinicalItemType.Immunisation => await db.Immunisations.AnyAsync(x => x.Identifier == identifier, Cancellation),
        ClinicalItemType.Observation => await db.Observations.AnyAsync(x => x.Identifier == identifier, Cancellation),
        ClinicalItemType.DiagnosticReport => await db.DiagnosticReports.AnyAsync(x => x.Identifier == identifier, Cancellation),
        ClinicalItemType.Referral => await db.Referrals.AnyAsync(x => x.Identifier == identifier, Cancellation),
        ClinicalItemType.DiaryEntry => await db.DiaryEntries.AnyAsync(x => x.Identifier == identifier, Cancellation),
        ClinicalItemType.Document => await db.Documents.AnyAsync(x => x.Identifier == identifier, Cancellation),
        ClinicalItemType.Problem => await db.Problems.AnyAsync(x => x.Identifier == identifier, Cancellation),
        _ => false,
    };

    private Task<Dictionary<string, int>> FreeSlotsByOrganisationAsync()
    {
        var now = Host.Clock.GetUtcNow().UtcDateTime;
        var windowEnd = now.Date.AddDays(14);
        return Host.WithContextAsync(async db => (await db.Slots
                .Where(s => s.Status == SlotStatus.Free && s.Start >= now && s.End <= windowEnd)
                .Select(s => s.Schedule.Location.ManagingOrganisation.OdsCode)
                .ToListAsync(Cancellation))
            .GroupBy(code => code)
            .ToDictionary(g => g.Key, g => g.Count()));
    }

    private Task<SortedDictionary<string, int>> CountRowsAsync() => Host.WithContextAsync(async db => new SortedDictionary<string, int>(StringComparer.Ordinal)
    {
        ["organisations"] = await db.Organisations.CountAsync(Cancellation),
        ["practices"] = await db.Practices.CountAsync(Cancellation),
        ["locations"] = await db.Locations.CountAsync(Cancellation),
        ["practitioners"] = await db.Practitioners.CountAsync(Cancellation),
        ["practitioner_roles"] = await db.PractitionerRoles.CountAsync(Cancellation),
        ["patients"] = await db.Patients.CountAsync(Cancellation),
        ["patient_previous_nhs_numbers"] = await db.PatientPreviousNhsNumbers.CountAsync(Cancellation),
        ["patient_contacts"] = await db.PatientContacts.CountAsync(Cancellation),
        ["schedules"] = await db.Schedules.CountAsync(Cancellation),
        ["slots"] = await db.Slots.CountAsync(Cancellation),
        ["appointments"] = await db.Appointments.CountAsync(Cancellation),
        ["allergies"] = await db.Allergies.CountAsync(Cancellation),
        ["medications"] = await db.Medications.CountAsync(Cancellation),
        ["medication_statements"] = await db.MedicationStatements.CountAsync(Cancellation),
        ["medication_requests"] = await db.MedicationRequests.CountAsync(Cancellation),
        ["problems"] = await db.Problems.CountAsync(Cancellation),
        ["problem_relationships"] = await db.ProblemRelationships.CountAsync(Cancellation),
        ["problem_linked_items"] = await db.ProblemLinkedItems.CountAsync(Cancellation),
        ["consultations"] = await db.Consultations.CountAsync(Cancellation),
        ["consultation_sections"] = await db.ConsultationSections.CountAsync(Cancellation),
        ["consultation_items"] = await db.ConsultationItems.CountAsync(Cancellation),
        ["immunisations"] = await db.Immunisations.CountAsync(Cancellation),
        ["observations"] = await db.Observations.CountAsync(Cancellation),
        ["observation_components"] = await db.ObservationComponents.CountAsync(Cancellation),
        ["diagnostic_reports"] = await db.DiagnosticReports.CountAsync(Cancellation),
        ["specimens"] = await db.Specimens.CountAsync(Cancellation),
        ["referrals"] = await db.Referrals.CountAsync(Cancellation),
        ["diary_entries"] = await db.DiaryEntries.CountAsync(Cancellation),
        ["documents"] = await db.Documents.CountAsync(Cancellation),
        ["document_contents"] = await db.DocumentContents.CountAsync(Cancellation),
        ["appointment_slots"] = await db.AppointmentSlots.CountAsync(Cancellation),
        ["inbound_messages"] = await db.InboundMessages.CountAsync(Cancellation),
        ["audit_entries"] = await db.AuditEntries.CountAsync(Cancellation),
        ["pds_records"] = await db.PdsRecords.CountAsync(Cancellation),
    });

    private Task<RecordSummary> SummariseAsync(string nhsNumber) => Host.WithContextAsync(async db =>
    {
        var patient = await db.Patients.SingleAsync(p => p.NhsNumber == nhsNumber, Cancellation);
        var id = patient.Id;
        var statements = await db.MedicationStatements.Where(m => m.PatientId == id)
            .Select(m => new { m.Status, m.EffectiveStart, m.IsConfidential, Repeat = m.Requests.Any(r => r.Intent == MedicationRequestIntent.Plan && r.PrescriptionType == PrescriptionType.Repeat) })
            .ToListAsync(Cancellation);
        var diary = await db.DiaryEntries.Where(d => d.PatientId == id).Select(d => d.PlannedStart).ToListAsync(Cancellation);
        return new RecordSummary
        {
            ActiveAllergies = await db.Allergies.CountAsync(a => a.PatientId == id && a.ClinicalStatus == AllergyClinicalStatus.Active && !a.IsNoKnownAllergyAssertion, Cancellation),
            EndedAllergies = await db.Allergies.CountAsync(a => a.PatientId == id && a.ClinicalStatus == AllergyClinicalStatus.Resolved, Cancellation),
            NoKnownAllergies = await db.Allergies.AnyAsync(a => a.PatientId == id && a.IsNoKnownAllergyAssertion && a.Code == SnomedCodes.NoKnownAllergy, Cancellation),
            ActiveMedications = statements.Count(s => s.Status == MedicationStatus.Active),
            RepeatMedications = statements.Count(s => s.Status == MedicationStatus.Active && s.Repeat),
            PastMedications = statements.Count(s => s.Status != MedicationStatus.Active),
            ConfidentialMedications = statements.Count(s => s.IsConfidential),
            EarliestMedicationStart = statements.Count == 0 ? null : statements.Min(s => s.EffectiveStart),
            Problems = await db.Problems.CountAsync(p => p.PatientId == id, Cancellation),
            Consultations = await db.Consultations.CountAsync(c => c.PatientId == id, Cancellation),
            Immunisations = await db.Immunisations.CountAsync(i => i.PatientId == id, Cancellation),
            UncategorisedObservations = await db.Observations.CountAsync(o => o.PatientId == id && o.DiagnosticReportId == null, Cancellation),
            Investigations = await db.DiagnosticReports.CountAsync(r => r.PatientId == id, Cancellation),
            Referrals = await db.Referrals.CountAsync(r => r.PatientId == id, Cancellation),
            DiaryEntries = diary.Count,
            LatestDiaryDate = diary.Max(),
            Documents = await db.Documents.CountAsync(d => d.PatientId == id, Cancellation),
        };
    });

    /// <summary>How much of each structured area a patient's record holds.</summary>
    private sealed record RecordSummary
    {
        public int ActiveAllergies { get; init; }

        public int EndedAllergies { get; init; }

        public bool NoKnownAllergies { get; init; }

        public int ActiveMedications { get; init; }

        public int RepeatMedications { get; init; }

        public int PastMedications { get; init; }

        public int ConfidentialMedications { get; init; }

        public DateTime? EarliestMedicationStart { get; init; }

        public int Problems { get; init; }

        public int Consultations { get; init; }

        public int Immunisations { get; init; }

        public int UncategorisedObservations { get; init; }

        public int Investigations { get; init; }

        public int Referrals { get; init; }

        public int DiaryEntries { get; init; }

        public DateTime? LatestDiaryDate { get; init; }

        public int Documents { get; init; }
    }
}
