using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace GpConnect.Provider.Store.Seed;

/// <summary>
/// What PDS knows: the register-patient candidates, and the test patients as PDS holds them (patient 14 exists only
/// in this provider, so has no PDS record; 9999999999 exists nowhere). The numbers patient 11 and patient 12 held
/// before are recorded as superseded by their current numbers. Idempotent by NHS number.
/// </summary>
internal sealed class PdsSeed(ClinicalRecordDbContext db, ReferenceData reference, IReadOnlyDictionary<string, Patient> patients)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var records = new List<PdsRecord>();
        records.AddRange(PdsRegisterCandidates.All.Select(c => new PdsRecord
        {
            NhsNumber = c.NhsNumber,
            GivenName = c.GivenName,
            FamilyName = c.FamilyName,
            Gender = c.Gender,
            BirthDate = c.BirthDate,
        }));

        foreach (var patient in patients.Values.Where(p => p.IsKnownToPds))
        {
            records.Add(FromPatient(patient, patient.NhsNumber));
            foreach (var previous in patient.PreviousNhsNumbers)
            {
                var superseded = FromPatient(patient, previous.NhsNumber);
                superseded.SupersededBy = patient.NhsNumber;
                records.Add(superseded);
            }
        }

        var numbers = records.Select(r => r.NhsNumber).ToList();
        var existing = (await db.PdsRecords.Where(r => numbers.Contains(r.NhsNumber)).Select(r => r.NhsNumber)
            .ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
        db.PdsRecords.AddRange(records.Where(r => !existing.Contains(r.NhsNumber)));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private PdsRecord FromPatient(Patient patient, string nhsNumber) => new()
    {
        NhsNumber = nhsNumber,
        Title = patient.Title,
        GivenName = patient.GivenName,
        FamilyName = patient.FamilyName,
        Gender = patient.Gender,
        BirthDate = patient.BirthDate,
        DeceasedAt = patient.DeceasedAt,
        IsSensitive = patient.IsSensitive,

        // A patient whose registration here has ended is registered elsewhere (or nowhere) as far as PDS knows.
        RegisteredPracticeOdsCode = patient.RegistrationStatus == RegistrationStatus.Active ? reference.Practice.OdsCode : null,
    };
}
