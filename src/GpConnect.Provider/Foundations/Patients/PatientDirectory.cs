using GpConnect.Provider.Foundations.Audit;
using GpConnect.Provider.Foundations.Errors;
using GpConnect.Provider.Foundations.Fhir;
using GpConnect.Provider.Store;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Stu3 = GpConnect.Fhir.Stu3.Model;

namespace GpConnect.Provider.Foundations.Patients;

/// <summary>
/// Patient search by NHS number and Patient read by logical id (Foundations, "Patient search" and "Patient read"),
/// over the patients registered at the practice whose service root was called.
/// </summary>
public sealed class PatientDirectory(ClinicalRecordDbContext store, ActivePatientFilter filter, IRequestAudit audit)
{
    private static readonly string[] s_searchSystems = [IdentifierSystems.NhsNumber];

    /// <summary>
    /// The active patients with the NHS number in the query's <c>identifier</c>; none found (or only inactive,
    /// deceased, sensitive or unverifiable ones) is an empty list, not an error.
    /// </summary>
    public async Task<IReadOnlyList<Stu3.Patient>> SearchAsync(Practice practice, QueryString query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(practice);
        var identifier = IdentifierSearchParameter.Parse(query, s_searchSystems);
        audit.RecordPatient(identifier.Value);
        var nhsNumber = NhsNumberValidator.Validate(identifier.Value);
        var candidates = new List<Patient>();
        await foreach (var candidate in s_byNhsNumber(store, practice.OrganisationId, nhsNumber).WithCancellation(cancellationToken))
        {
            candidates.Add(candidate);
        }

        var found = new List<Stu3.Patient>();
        foreach (var patient in candidates)
        {
            if (await filter.MayReturnAsync(patient, cancellationToken))
            {
                found.Add(PatientMapper.ToFhir(patient, practice.Organisation));
            }
        }

        return found;
    }

    /// <summary>The patient with logical id <paramref name="id"/>; 404 PATIENT_NOT_FOUND when unknown, sensitive or not active.</summary>
    public async Task<Stu3.Patient> ReadAsync(Practice practice, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(practice);
        var patient = LogicalId.TryParse(id, out var key)
            ? await s_byId(store, practice.OrganisationId, key, cancellationToken)
            : null;
        if (patient is not null)
        {
            audit.RecordPatient(patient.NhsNumber);
        }

        if (patient is null || !await filter.MayReturnAsync(patient, cancellationToken))
        {
            throw new GpConnectException(SpineErrorCode.PatientNotFound, $"No patient with logical id '{id}' can be returned by this practice.");
        }

        return PatientMapper.ToFhir(patient, practice.Organisation);
    }

    // Compiled once: Foundations reads run on every request, and building and matching the LINQ expression tree each
    // time cost more CPU than the query. Not tracked; a PDS verification attaches the one record it changes.
    private static readonly Func<ClinicalRecordDbContext, int, int, CancellationToken, Task<Patient?>> s_byId =
        EF.CompileAsyncQuery((ClinicalRecordDbContext store, int practiceId, int id, CancellationToken _) =>
            store.Patients.AsNoTracking().Include(p => p.Contacts)
                .SingleOrDefault(p => p.RegisteredPracticeId == practiceId && p.Id == id));

    private static readonly Func<ClinicalRecordDbContext, int, string, IAsyncEnumerable<Patient>> s_byNhsNumber =
        EF.CompileAsyncQuery((ClinicalRecordDbContext store, int practiceId, string nhsNumber) =>
            store.Patients.AsNoTracking().Include(p => p.Contacts)
                .Where(p => p.RegisteredPracticeId == practiceId && p.NhsNumber == nhsNumber));
}
