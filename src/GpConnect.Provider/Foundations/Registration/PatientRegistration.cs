using GpConnect.Provider.Foundations.Audit;
using GpConnect.Provider.Foundations.Errors;
using GpConnect.Provider.Foundations.Patients;
using GpConnect.Provider.Foundations.Pds;
using GpConnect.Provider.Store;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Stu3 = GpConnect.Fhir.Stu3.Model;

namespace GpConnect.Provider.Foundations.Registration;

/// <summary>
/// <c>$gpc.registerpatient</c> (Foundations, "Register patient"): trace the NHS number on PDS, refuse what PDS refuses,
/// then create a temporary registration, or re-activate an inactive local record as temporary. It never creates or
/// re-activates a regular (GMS) registration and never writes to PDS. The change is saved by one SaveChanges, so it
/// happens entirely or not at all, together with the request's audit entry.
/// <list type="table">
/// <item><term>not on PDS, demographics unverifiable, PDS deceased or sensitive, local record deceased</term><description>400 INVALID_PATIENT_DEMOGRAPHICS</description></item>
/// <item><term>PDS invalid or superseded</term><description>400 INVALID_NHS_NUMBER</description></item>
/// <item><term>family name differs from PDS (assurance test pack)</term><description>400 BAD_REQUEST</description></item>
/// <item><term>an active local registration of any type, temporary included</term><description>409 DUPLICATE_REJECTED</description></item>
/// </list>
/// </summary>
public sealed class PatientRegistration(ClinicalRecordDbContext store, IPersonalDemographicsService pds, IRequestAudit audit, TimeProvider clock)
{
    public async Task<Stu3.Patient> RegisterAsync(Practice practice, RegistrationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(practice);
        ArgumentNullException.ThrowIfNull(request);
        var person = await TraceAsync(request, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;

        var patient = await store.Patients
            .Include(p => p.Contacts)
            .SingleOrDefaultAsync(p => p.NhsNumber == request.NhsNumber, cancellationToken);
        if (patient is null)
        {
            patient = new Patient { NhsNumber = request.NhsNumber };
            store.Patients.Add(patient);
        }
        else if (patient.DeceasedAt is not null)
        {
            throw new GpConnectException(SpineErrorCode.InvalidPatientDemographics, "The local record of this NHS number is of a deceased patient.");
        }
        else if (patient.RegistrationStatus != RegistrationStatus.Inactive)
        {
            throw new GpConnectException(SpineErrorCode.DuplicateRejected, $"The patient is already registered ({patient.RegistrationType}).");
        }

        await ApplyAsync(patient, practice, request, person, now, cancellationToken);

        try
        {
            // The registration and this request's audit entry are stored together or not at all.
            await audit.SaveChangesWithAuditAsync(StatusCodes.Status200OK, cancellationToken);
        }
        catch (DbUpdateException) when (store.Entry(patient).State == EntityState.Added)
        {
            // The unique NHS number index: another request registered the same number between our read and write.
            throw new GpConnectException(SpineErrorCode.DuplicateRejected, "The patient was registered by a concurrent request.");
        }

        return PatientMapper.ToFhir(patient, practice.Organisation);
    }

    /// <summary>PDS Retrieval, then the flags and the demographic verification rules of Patient search.</summary>
    private async Task<PdsPerson> TraceAsync(RegistrationRequest request, CancellationToken cancellationToken)
    {
        var person = await pds.RetrieveAsync(request.NhsNumber, cancellationToken)
            ?? throw new GpConnectException(SpineErrorCode.InvalidPatientDemographics, "PDS holds no record of this NHS number.");
        if (person.IsInvalid || person.IsSuperseded)
        {
            throw new GpConnectException(SpineErrorCode.InvalidNhsNumber, $"PDS reports this NHS number as {(person.IsInvalid ? "invalid" : "superseded")}.");
        }

        if (person.IsDeceased || person.IsSensitive)
        {
            throw new GpConnectException(SpineErrorCode.InvalidPatientDemographics, "PDS does not allow this patient to be registered (deceased or restricted).");
        }

        if (!PdsVerification.Verifies(person, request.FamilyName, request.GivenNames[0], request.BirthDate))
        {
            throw new GpConnectException(SpineErrorCode.InvalidPatientDemographics, "The demographics sent do not verify against PDS.");
        }

        if (!string.Equals(person.FamilyName.Trim(), request.FamilyName.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            throw new GpConnectException(SpineErrorCode.BadRequest, "The family name sent does not match PDS.");
        }

        return person;
    }

    private async Task ApplyAsync(Patient patient, Practice practice, RegistrationRequest request, PdsPerson person, DateTime now, CancellationToken cancellationToken)
    {
        patient.NhsNumberStatus = NhsNumberVerificationStatus.NumberPresentAndVerified;
        patient.IsKnownToPds = true;
        patient.Title = request.Title;
        patient.FamilyName = request.FamilyName;
        patient.GivenName = request.GivenNames[0];
        patient.OtherGivenNames = request.GivenNames.Count > 1 ? string.Join(' ', request.GivenNames.Skip(1)) : null;
        patient.BirthDate = person.BirthDate;
        patient.Gender = request.Gender ?? person.Gender;
        if (request.HomeAddress is { } address)
        {
            patient.AddressLine1 = address.Line1;
            patient.AddressLine2 = address.Line2;
            patient.Town = address.Town;
            patient.County = address.County;
            patient.Postcode = address.Postcode;
        }

        patient.HomePhone = request.HomePhone ?? patient.HomePhone;
        patient.MobilePhone = request.MobilePhone ?? patient.MobilePhone;
        patient.WorkPhone = request.WorkPhone ?? patient.WorkPhone;
        patient.Email = request.Email ?? patient.Email;
        patient.LanguageCode = request.LanguageCode ?? patient.LanguageCode;
        patient.InterpreterRequired = request.InterpreterRequired;

        patient.RegisteredPracticeId = practice.OrganisationId;
        patient.RegistrationType = RegistrationType.Temporary;
        patient.RegistrationStatus = RegistrationStatus.Active;
        patient.RegistrationStart = now;
        patient.RegistrationEnd = null;
        patient.PreferredBranchSurgeryId ??= await store.Locations
            .Where(l => l.ManagingOrganisationId == practice.OrganisationId && l.IsActive)
            .OrderBy(l => l.Id)
            .Select(l => (int?)l.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
