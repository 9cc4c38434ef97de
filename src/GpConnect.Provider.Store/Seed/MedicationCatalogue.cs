using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace GpConnect.Provider.Store.Seed;

/// <summary>Finds or adds dm+d medications by code and display, so patients share one row per product.</summary>
internal sealed class MedicationCatalogue
{
    private readonly ClinicalRecordDbContext _db;
    private readonly Dictionary<(string Code, string Display), Medication> _medications;

    private MedicationCatalogue(ClinicalRecordDbContext db, Dictionary<(string Code, string Display), Medication> medications)
    {
        _db = db;
        _medications = medications;
    }

    public static async Task<MedicationCatalogue> LoadAsync(ClinicalRecordDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.Medications.ToListAsync(cancellationToken).ConfigureAwait(false);
        var byKey = new Dictionary<(string Code, string Display), Medication>();
        foreach (var medication in existing)
        {
            byKey.TryAdd((medication.Code, medication.Display), medication);
        }

        return new MedicationCatalogue(db, byKey);
    }

    public Medication Get(string code, string display)
    {
        if (!_medications.TryGetValue((code, display), out var medication))
        {
            medication = new Medication { Code = code, Display = display };
            _db.Medications.Add(medication);
            _medications[(code, display)] = medication;
        }

        return medication;
    }
}
