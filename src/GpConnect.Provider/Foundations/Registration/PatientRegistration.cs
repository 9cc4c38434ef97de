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
/// <item><term>an active local registration of any type, temporary included, also when a concurrent request made it between our read and our write</term><description>409 DUPLICATE_REJECTED</description></item>
/// </list>
/// A lost race is recognised from what the store says, not assumed from any failed write: the NHS number's unique
/// index refusing a second new record, or the version guard refusing a second re-activation of the same record
/// followed by a re-read that finds it active. Anything else that fails is an error of ours (500).
/// </summary>
public sealed class PatientRegistration(ClinicalRecordDbContext store, IPersonalDemographicsService pds, IRequestAudit audit, TimeProvider clock)
{
    /// <summary>
    /// How long a temporary registration lasts (a temporary resident is registered for up to three months); the
    /// temporary contact details sent with it are marked to end then (Foundations, "Register patient", local
    /// registration requirements: an end date aligned with the expiry of the temporary record).
    /// </summary>
    public const int TemporaryRegistrationMonths = 3;

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

        var isNew = store.Entry(patient).State == EntityState.Added;
        await ApplyAsync(patient, practice, request, person, now, cancellationToken);

        try
        {
            // The registration and this request's audit entry are stored together or not at all.
            await audit.SaveChangesWithAuditAsync(StatusCodes.Status200OK, cancellationToken);
        }
        catch (DbUpdateException ex) when (isNew && UniqueIndexViolation.IsViolationOf<Patient>(ex, store, nameof(Patient.NhsNumber)))
        {
            throw new GpConnectException(SpineErrorCode.DuplicateRejected, "The patient was registered by a concurrent request.");
        }
        catch (DbUpdateConcurrencyException) when (!isNew)
        {
            // The version guard refused our update: the record changed since we read it. Say so only if the
            // change was a registration.
            if (await IsActiveNowAsync(request.NhsNumber, cancellationToken))
            {
                throw new GpConnectException(SpineErrorCode.DuplicateRejected, "The patient was re-activated by a concurrent request.");
            }

            throw;
        }

        return PatientMapper.ToFhir(patient, practice.Organisation);
    }

    private Task<bool> IsActiveNowAsync(string nhsNumber, CancellationToken cancellationToken) =>
        store.Patients
            .AsNoTracking()
            .AnyAsync(p => p.NhsNumber == nhsNumber && p.RegistrationStatus != RegistrationStatus.Inactive, cancellationToken);

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
        if (request.Email is { } email)
        {
            patient.Email = email.Address;
            patient.EmailUse = email.Use;
        }

        // Temporary details belong to this temporary registration: those of an earlier one do not carry over.
        var temporary = request.TemporaryAddress;
        patient.TemporaryAddressLine1 = temporary?.Line1;
        patient.TemporaryAddressLine2 = temporary?.Line2;
        patient.TemporaryTown = temporary?.Town;
        patient.TemporaryCounty = temporary?.County;
        patient.TemporaryPostcode = temporary?.Postcode;
        patient.TemporaryPhone = request.TemporaryPhone;
        if (patient.EmailUse == ContactUse.Temporary && request.Email is null)
        {
            patient.Email = null;
            patient.EmailUse = null;
        }

        var hasTemporaryDetails = temporary is not null || request.TemporaryPhone is not null || patient.EmailUse == ContactUse.Temporary;
        patient.TemporaryDetailsEnd = hasTemporaryDetails ? now.AddMonths(TemporaryRegistrationMonths) : null;
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
