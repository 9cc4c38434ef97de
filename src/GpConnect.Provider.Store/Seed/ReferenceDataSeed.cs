using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace GpConnect.Provider.Store.Seed;

/// <summary>
/// The reference practice B82617 and the other organisations, sites, locations and practitioners GP Connect
/// provider assurance expects (ORG1–ORG3, SIT1–SIT4, Location/1, /8 and /3, practitioners 1, 2, 3 and 5).
/// Deliberately absent: ODS codes INVOC1 and INVSC1, and SDS user id G99999999, which must not exist.
/// </summary>
internal sealed class ReferenceDataSeed(ClinicalRecordDbContext db)
{
    public const string ReferencePracticeKey = "ORG1";
    public const string ReferencePracticeOdsCode = "B82617";
    /// <summary>The practice system's ASID; the same value as the host's default <c>GpConnect:ProviderAsid</c>.</summary>
    public const string ReferencePracticeAsid = "918999198738";

    private static readonly OrganisationRow[] OrganisationRows =
    [
        new("ORG1", ReferencePracticeOdsCode, "GP Connect Reference Practice", OrganisationKind.GpPractice, null, "1 Market Street", "Leeds", "LS1 6AA", "0113 496 0001"),

        // ODSCodeMap.csv holds "R1A14 " with a trailing space; the ODS code itself has none.
        new("ORG2", "R1A14", "Riverside Medical Practice", OrganisationKind.GpPractice, null, "12 River Road", "Leeds", "LS6 2BB", "0113 496 0002"),
        new("ORG3", "X12345", "Hillside Medical Centre", OrganisationKind.GpPractice, null, "40 Hill Top Lane", "Wakefield", "WF1 3CC", "01924 496 003"),
        new("SIT1", "Z26556", "Reference Practice Main Surgery", OrganisationKind.Site, "ORG1", "1 Market Street", "Leeds", "LS1 6AA", "0113 496 0001"),
        new("SIT2", "Z33432", "Riverside Branch Surgery", OrganisationKind.Site, "ORG2", "3 Mill Lane", "Leeds", "LS6 4DD", "0113 496 0012"),
        new("SIT3", "Z33433", "Hillside Main Surgery", OrganisationKind.Site, "ORG3", "40 Hill Top Lane", "Wakefield", "WF1 3CC", "01924 496 003"),
        new("SIT4", "Z99899", "Riverside Community Clinic", OrganisationKind.Site, "ORG2", "8 Bridge Street", "Leeds", "LS6 5EE", "0113 496 0014"),
    ];

    /// <summary>
    /// Location ids follow LocationLogicalIdentifierMap.csv (SIT1 → 1, SIT2 → 8, SIT3 → 3); the others fill the
    /// per-site counts of the Locations sheet (one at SIT1, two at SIT2, eight at SIT3).
    /// </summary>
    private static readonly LocationRow[] LocationRows =
    [
        new(1, "Reference Practice Main Surgery", "SIT1", "L113467"),
        new(2, "Riverside Branch Surgery Room 1", "SIT2", null),
        new(3, "Hillside Main Surgery", "SIT3", null),
        new(4, "Hillside Treatment Room", "SIT3", null),
        new(5, "Hillside Nurse Clinic", "SIT3", null),
        new(6, "Hillside Minor Surgery Suite", "SIT3", null),
        new(7, "Hillside Phlebotomy Room", "SIT3", null),
        new(8, "Riverside Branch Surgery", "SIT2", null),
        new(9, "Hillside Consulting Room 1", "SIT3", null),
        new(10, "Hillside Consulting Room 2", "SIT3", null),
        new(11, "Hillside Consulting Room 3", "SIT3", null),
    ];

    /// <summary>
    /// SDS user ids from PractitionerCodeMap.csv with the number of SDS role profile ids the Practitioner sheet asks
    /// for (0, 1, 2; and 1 on each of the two records holding G22222226).
    /// </summary>
    private static readonly PractitionerRow[] PractitionerRows =
    [
        new("practitioner1", "G13579135", "Dr", "Gemma", "Mills", AdministrativeGender.Female, "ORG1", [(null, "R0260", "General Medical Practitioner")]),
        new("practitioner2", "G11111116", "Dr", "Robert", "Hall", AdministrativeGender.Male, "ORG2", [("200000000116", "R0260", "General Medical Practitioner")]),
        new("practitioner3", "G22345655", "Dr", "Priya", "Shah", AdministrativeGender.Female, "ORG3",
            [("200000000655", "R0260", "General Medical Practitioner"), ("200000000656", "R6300", "Sessional GP")]),
        new("practitioner5a", "G22222226", "Ms", "Anne", "Carter", AdministrativeGender.Female, "ORG1", [("200000000226", "R0620", "Staff Nurse")]),
        new("practitioner5b", "G22222226", "Ms", "Ann", "Carter", AdministrativeGender.Female, "ORG1", [("200000000227", "R0620", "Staff Nurse")]),
    ];

    public async Task<ReferenceData> SeedAsync(CancellationToken cancellationToken)
    {
        var organisations = await SeedOrganisationsAsync(cancellationToken).ConfigureAwait(false);
        await SeedPracticeAsync(organisations[ReferencePracticeKey], cancellationToken).ConfigureAwait(false);
        var locations = await SeedLocationsAsync(organisations, cancellationToken).ConfigureAwait(false);
        var practitioners = await SeedPractitionersAsync(organisations, cancellationToken).ConfigureAwait(false);
        return new ReferenceData(organisations, locations, practitioners);
    }

    private async Task<Dictionary<string, Organisation>> SeedOrganisationsAsync(CancellationToken cancellationToken)
    {
        var codes = OrganisationRows.Select(r => r.OdsCode).ToList();
        var existing = await db.Organisations.Where(o => codes.Contains(o.OdsCode)).ToDictionaryAsync(o => o.OdsCode, cancellationToken).ConfigureAwait(false);
        var byKey = new Dictionary<string, Organisation>();
        foreach (var row in OrganisationRows)
        {
            if (!existing.TryGetValue(row.OdsCode, out var organisation))
            {
                organisation = new Organisation
                {
                    OdsCode = row.OdsCode,
                    Name = row.Name,
                    Kind = row.Kind,
                    PartOf = row.PartOfKey is null ? null : byKey[row.PartOfKey],
                    AddressLine1 = row.AddressLine1,
                    Town = row.Town,
                    County = "West Yorkshire",
                    Postcode = row.Postcode,
                    Telephone = row.Telephone,
                };
                db.Organisations.Add(organisation);
            }

            byKey[row.Key] = organisation;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return byKey;
    }

    private async Task SeedPracticeAsync(Organisation organisation, CancellationToken cancellationToken)
    {
        if (await db.Practices.AnyAsync(p => p.OrganisationId == organisation.Id, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        // The demonstration practice has everything switched on; a real practice starts with all switches off.
        db.Practices.Add(new Practice
        {
            OrganisationId = organisation.Id,
            Asid = ReferencePracticeAsid,
            GpConnectEnabled = true,
            AccessRecordHtmlEnabled = true,
            AccessRecordStructuredEnabled = true,
            AppointmentManagementEnabled = true,
            AccessDocumentEnabled = true,
            SendDocumentEnabled = true,
            UpdateRecordEnabled = true,
            MigrateRecordEnabled = true,
            AllergiesEnabled = true,
            MedicationsEnabled = true,
            ConsultationsEnabled = true,
            ProblemsEnabled = true,
            ImmunisationsEnabled = true,
            UncategorisedDataEnabled = true,
            InvestigationsEnabled = true,
            ReferralsEnabled = true,
            DiaryEntriesEnabled = true,
            DocumentsEnabled = true,
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<Dictionary<int, Location>> SeedLocationsAsync(Dictionary<string, Organisation> organisations, CancellationToken cancellationToken)
    {
        var existing = await db.Locations.ToDictionaryAsync(l => l.Id, cancellationToken).ConfigureAwait(false);
        var locations = new Dictionary<int, Location>();
        foreach (var row in LocationRows)
        {
            if (!existing.TryGetValue(row.Id, out var location))
            {
                var site = organisations[row.SiteKey];
                location = new Location
                {
                    Id = row.Id,
                    Name = row.Name,
                    ManagingOrganisationId = site.PartOfId!.Value,
                    SiteId = site.Id,
                    LocalCode = row.LocalCode,
                    AddressLine1 = site.AddressLine1,
                    Town = site.Town,
                    Postcode = site.Postcode,
                    Telephone = site.Telephone,
                };
                db.Locations.Add(location);
            }

            locations[row.Id] = location;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return locations;
    }

    private async Task<Dictionary<string, Practitioner>> SeedPractitionersAsync(Dictionary<string, Organisation> organisations, CancellationToken cancellationToken)
    {
        var ids = PractitionerRows.Select(r => r.SdsUserId).Distinct().ToList();
        var existing = await db.Practitioners.Where(p => ids.Contains(p.SdsUserId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var practitioners = new Dictionary<string, Practitioner>();
        foreach (var row in PractitionerRows)
        {
            var practitioner = existing.FirstOrDefault(p => p.SdsUserId == row.SdsUserId && p.GivenName == row.GivenName && p.FamilyName == row.FamilyName);
            if (practitioner is null)
            {
                practitioner = new Practitioner
                {
                    SdsUserId = row.SdsUserId,
                    Prefix = row.Prefix,
                    GivenName = row.GivenName,
                    FamilyName = row.FamilyName,
                    Gender = row.Gender,
                    LanguageCode = "en",
                };
                foreach (var (profileId, code, display) in row.Roles)
                {
                    practitioner.Roles.Add(new PractitionerRole
                    {
                        Organisation = organisations[row.OrganisationKey],
                        SdsRoleProfileId = profileId,
                        JobRoleCode = code,
                        JobRoleDisplay = display,
                    });
                }

                db.Practitioners.Add(practitioner);
            }

            practitioners[row.Key] = practitioner;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return practitioners;
    }

    private sealed record OrganisationRow(string Key, string OdsCode, string Name, OrganisationKind Kind, string? PartOfKey, string AddressLine1, string Town, string Postcode, string Telephone);

    private sealed record LocationRow(int Id, string Name, string SiteKey, string? LocalCode);

    private sealed record PractitionerRow(
        string Key,
        string SdsUserId,
        string Prefix,
        string GivenName,
        string FamilyName,
        AdministrativeGender Gender,
        string OrganisationKey,
        (string? SdsRoleProfileId, string JobRoleCode, string JobRoleDisplay)[] Roles);
}
