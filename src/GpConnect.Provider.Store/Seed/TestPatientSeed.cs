using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace GpConnect.Provider.Store.Seed;

/// <summary>
/// The twenty GP Connect assurance test patients (NHSNoMap.csv 1.6.0) with the reference provider's names, dates of
/// birth and sex, and the record-level conditions each one exists to test. Patient 19 has no NHS number in the map
/// and is not seeded; 9999999999 (patientNotInSystem) must never exist.
/// </summary>
internal sealed class TestPatientSeed(ClinicalRecordDbContext db, ReferenceData reference)
{
    /// <summary>The NHS number assurance uses for a patient the provider must not hold.</summary>
    public const string NotInSystemNhsNumber = "9999999999";

    private static readonly PatientRow[] Rows =
    [
        new("patient1", "9690937278", "MR", "Lucien", "SAMUAL", new DateOnly(1938, 12, 11), AdministrativeGender.Male),
        new("patient2", "9690937286", "MR", "Horace", "SKELLY", new DateOnly(1925, 4, 21), AdministrativeGender.Male),
        new("patient3", "9690937294", "MR", "Samuel", "HESLBY", new DateOnly(1936, 3, 17), AdministrativeGender.Male),
        new("patient4", "9690937308", "MR", "West", "CRANK", new DateOnly(1925, 7, 4), AdministrativeGender.Male),
        new("patient5", "9690937375", "MRS", "Rosa", "LOBB", new DateOnly(1928, 3, 10), AdministrativeGender.Female),
        new("patient6", "9690937383", "MS", "Angela", "DOULBY", new DateOnly(1953, 6, 14), AdministrativeGender.Female),
        new("patient7", "9690937391", "MRS", "Mina", "BAILEY", new DateOnly(1953, 6, 30), AdministrativeGender.Female),
        new("patient8", "9690937405", "MRS", "Winnie", "PRING", new DateOnly(1929, 10, 20), AdministrativeGender.Female),
        new("patient9", "9690938533", "MRS", "Anita", "CLAY", new DateOnly(2000, 9, 9), AdministrativeGender.Female) { IsSensitive = true },
        new("patient10", "9690938541", "MS", "Tania", "REEVES", new DateOnly(1960, 3, 28), AdministrativeGender.Female) { IsSensitive = true },
        new("patient11", "9690938622", "MRS", "Alexi", "HORN", new DateOnly(1978, 11, 28), AdministrativeGender.Female)
        {
            PreviousNhsNumber = ("9690939300", NhsNumberChangeReason.Superseded),
        },
        new("patient12", "9690938614", "MISS", "Elsa", "LEARY", new DateOnly(1965, 12, 17), AdministrativeGender.Female)
        {
            PreviousNhsNumber = ("9690939319", NhsNumberChangeReason.Merged),
        },
        new("patient13", "9690938096", "MS", "Cecile", "BESTON", new DateOnly(2001, 3, 16), AdministrativeGender.Female) { IsRecordInTransit = true },
        new("patient14", "9476718943", "MS", "Georgina", "HOPLEY", new DateOnly(1927, 5, 15), AdministrativeGender.Female) { IsKnownToPds = false },
        new("patient15", "9690938576", "MRS", "Dora", "McCAIN", new DateOnly(1972, 9, 16), AdministrativeGender.Female) { HasDissented = true },
        new("patient16", "9690938118", "MRS", "Sibyl", "CRAINE", new DateOnly(1983, 11, 24), AdministrativeGender.Female),
        new("patient17", "9690938126", "MRS", "Doris", "BOURKE", new DateOnly(1984, 6, 9), AdministrativeGender.Female),
        new("patient18", "9690938681", "MR", "James", "ROONEY", new DateOnly(1968, 2, 3), AdministrativeGender.Male)
        {
            DeceasedAt = new DateTime(1993, 2, 17, 0, 0, 0, DateTimeKind.Utc),
            MultipleBirthOrder = 1,
        },
        new("patientNoAppointments", "9690938134", "MS", "Lori", "GILDEA", new DateOnly(1983, 7, 6), AdministrativeGender.Female),
        new("patient21", "9690938142", "MISS", "Eve", "BUCK", new DateOnly(1999, 4, 13), AdministrativeGender.Female) { IsInactive = true },
    ];

    /// <summary>The keys of every seeded patient, in NHSNoMap order.</summary>
    public static IReadOnlyList<string> Keys { get; } = [.. Rows.Select(r => r.Key)];

    /// <summary>NHS number by patient key.</summary>
    public static IReadOnlyDictionary<string, string> NhsNumbers { get; } = Rows.ToDictionary(r => r.Key, r => r.NhsNumber);

    public async Task<IReadOnlyDictionary<string, Patient>> SeedAsync(CancellationToken cancellationToken)
    {
        var numbers = Rows.Select(r => r.NhsNumber).ToList();
        var existing = await db.Patients.Where(p => numbers.Contains(p.NhsNumber)).ToDictionaryAsync(p => p.NhsNumber, cancellationToken).ConfigureAwait(false);
        var patients = new Dictionary<string, Patient>();
        for (var index = 0; index < Rows.Length; index++)
        {
            var row = Rows[index];
            if (!existing.TryGetValue(row.NhsNumber, out var patient))
            {
                patient = Create(row, index);
                db.Patients.Add(patient);
            }

            patients[row.Key] = patient;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return patients;
    }

    private Patient Create(PatientRow row, int index)
    {
        var houseNumber = (index + 1) * 3;
        var patient = new Patient
        {
            NhsNumber = row.NhsNumber,
            Title = row.Title,
            GivenName = row.GivenName,
            FamilyName = row.FamilyName,
            BirthDate = row.BirthDate,
            Gender = row.Gender,
            LanguageCode = "en",
            RegisteredPracticeId = reference.Practice.Id,
            PreferredBranchSurgeryId = reference.Locations[1].Id,
            UsualGpId = reference.Practitioners["practitioner1"].Id,
            RegistrationType = RegistrationType.Regular,
            RegistrationStatus = RegistrationStatus.Active,
            RegistrationStart = new DateTime(2005 + (index % 15), 1 + (index % 12), 1 + index, 0, 0, 0, DateTimeKind.Utc),
            IsSensitive = row.IsSensitive,
            DeceasedAt = row.DeceasedAt,
            HasDissentedFromSharing = row.HasDissented,
            IsRecordInTransit = row.IsRecordInTransit,
            IsKnownToPds = row.IsKnownToPds,
            IsMultipleBirth = row.MultipleBirthOrder is not null,
            MultipleBirthOrder = row.MultipleBirthOrder,
        };

        // PDS withholds a sensitive patient's address and telephone numbers.
        if (!row.IsSensitive)
        {
            patient.AddressLine1 = $"{houseNumber} Church Lane";
            patient.Town = "Leeds";
            patient.County = "West Yorkshire";
            patient.Postcode = $"LS{1 + (index % 17)} {1 + (index % 9)}AB";
            patient.HomePhone = $"0113 496 {1000 + index:D4}";
            patient.MobilePhone = $"07700 900{100 + index:D3}";
        }

        if (row.IsRecordInTransit)
        {
            // In transit: registered recently, previous practice's record not yet integrated.
            patient.RegistrationStart = new DateTime(2024, 9, 1, 0, 0, 0, DateTimeKind.Utc);
        }

        if (row.IsInactive || row.DeceasedAt is not null)
        {
            patient.RegistrationStatus = RegistrationStatus.Inactive;
            patient.RegistrationEnd = row.DeceasedAt ?? new DateTime(2020, 6, 30, 0, 0, 0, DateTimeKind.Utc);
        }

        if (row.PreviousNhsNumber is var (number, reason))
        {
            patient.PreviousNhsNumbers.Add(new PatientPreviousNhsNumber
            {
                NhsNumber = number,
                Reason = reason,
                ChangedAt = new DateTime(2016, 4, 1, 0, 0, 0, DateTimeKind.Utc),
            });
        }

        if (row.Key == "patient2")
        {
            patient.Contacts.Add(new PatientContact { Relationship = "Next of kin", Title = "MRS", GivenName = "Edith", FamilyName = "SKELLY", Telephone = "0113 496 2222" });
        }

        return patient;
    }

    private sealed record PatientRow(string Key, string NhsNumber, string Title, string GivenName, string FamilyName, DateOnly BirthDate, AdministrativeGender Gender)
    {
        public bool IsSensitive { get; init; }

        public bool IsRecordInTransit { get; init; }

        public bool IsKnownToPds { get; init; } = true;

        public bool HasDissented { get; init; }

        public bool IsInactive { get; init; }

        public DateTime? DeceasedAt { get; init; }

        public int? MultipleBirthOrder { get; init; }

        public (string NhsNumber, NhsNumberChangeReason Reason)? PreviousNhsNumber { get; init; }
    }
}
