using GpConnect.Provider.Foundations.Audit;
using GpConnect.Provider.Foundations.Pds;
using GpConnect.Provider.Store;
using GpConnect.Provider.Store.Entities;

namespace GpConnect.Provider.Foundations.Patients;

/// <summary>
/// Which patients Patient search and read may return (Foundations, "Patient search"): only "active" patients —
/// registration not left, not deceased, NHS number traced and verified against PDS — and never a sensitive
/// (S-flag) one. Dissent is not applied in Foundations. A record whose NHS number is not yet verified is traced
/// against PDS first; when it verifies (and PDS has no deceased, sensitive, invalid or superseded flag) the number
/// is marked verified and saved, and the patient is returned.
/// </summary>
public sealed class ActivePatientFilter(ClinicalRecordDbContext store, IPersonalDemographicsService pds, IRequestAudit audit)
{
    /// <summary>Whether the record itself allows it to be shared, before any PDS trace.</summary>
    public static bool IsActiveAndShareable(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return patient.RegistrationStatus != RegistrationStatus.Inactive
            && patient.DeceasedAt is null
            && !patient.IsSensitive;
    }

    /// <summary>
    /// True when <paramref name="patient"/> may be returned; verifies its NHS number on PDS if needed. A verification
    /// is a write, so it is saved with the request's audit entry in one transaction; the entry records the 200 that
    /// Patient search and read answer when the patient is returned.
    /// </summary>
    public async Task<bool> MayReturnAsync(Patient patient, CancellationToken cancellationToken)
    {
        if (!IsActiveAndShareable(patient))
        {
            return false;
        }

        if (patient.NhsNumberStatus == NhsNumberVerificationStatus.NumberPresentAndVerified)
        {
            return true;
        }

        var person = await pds.RetrieveAsync(patient.NhsNumber, cancellationToken);
        if (person is null || !PdsVerification.IsUsable(person) || !PdsVerification.Verifies(person, patient.FamilyName, patient.GivenName, patient.BirthDate))
        {
            return false;
        }

        store.Attach(patient).Property(p => p.NhsNumberStatus).CurrentValue = NhsNumberVerificationStatus.NumberPresentAndVerified;
        await audit.SaveChangesWithAuditAsync(StatusCodes.Status200OK, cancellationToken);
        return true;
    }
}
