using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace GpConnect.Provider.Store.Seed;

/// <summary>
/// What PDS says about the provider's own test patients, derived from their seeded records so the two never
/// disagree: each patient known to PDS with their name, sex and date of birth, the S-flag of the sensitive ones and
/// the date of death of the deceased one; nothing for patient 14 (not on Spine). Numbers a record held before are
/// superseded on PDS; patient 11 is assurance's "superseded NHS number" case, so PDS reports its current number as
/// superseded too. Existing rows are left as they are.
/// </summary>
internal sealed class PdsDatasetSeed(ClinicalRecordDbContext db, IReadOnlyDictionary<string, Patient> patients)
{
    private const string SupersededNumberPatientKey = "patient11";

    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var records = new List<PdsRecord>();
        var patientIds = patients.Values.Select(patient => patient.Id).ToList();
        var previousNumbers = (await db.PatientPreviousNhsNumbers
            .Where(p => patientIds.Contains(p.PatientId))
            .Select(p => new { p.PatientId, p.NhsNumber })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false)).ToLookup(p => p.PatientId, p => p.NhsNumber);
        foreach (var (key, patient) in patients)
        {
            if (!patient.IsKnownToPds)
            {
                continue;
            }

            records.Add(new PdsRecord
            {
                NhsNumber = patient.NhsNumber,
                FamilyName = patient.FamilyName,
                GivenName = patient.GivenName,
                Gender = patient.Gender,
                BirthDate = patient.BirthDate,
                IsSensitive = patient.IsSensitive,
                DeceasedOn = patient.DeceasedAt is { } deceased ? DateOnly.FromDateTime(deceased) : null,
                IsSuperseded = key == SupersededNumberPatientKey,
            });

            records.AddRange(previousNumbers[patient.Id].Select(number => new PdsRecord
            {
                NhsNumber = number,
                FamilyName = patient.FamilyName,
                GivenName = patient.GivenName,
                Gender = patient.Gender,
                BirthDate = patient.BirthDate,
                IsSuperseded = true,
            }));
        }

        return await AddMissingAsync(db, records, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds the records whose NHS number the dataset does not hold yet; returns how many were added.</summary>
    internal static async Task<int> AddMissingAsync(ClinicalRecordDbContext db, IReadOnlyList<PdsRecord> records, CancellationToken cancellationToken)
    {
        var numbers = records.Select(r => r.NhsNumber).ToList();
        var existing = await db.PdsRecords
            .Where(r => numbers.Contains(r.NhsNumber))
            .Select(r => r.NhsNumber)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var known = existing.ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var record in records)
        {
            if (known.Add(record.NhsNumber))
            {
                db.PdsRecords.Add(record);
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return added;
    }
}
