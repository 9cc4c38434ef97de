namespace GpConnect.Provider.Store.Entities;

/// <summary>
/// A patient and their registration at a practice (CareConnect-GPC-Patient-1 and its RegistrationDetails
/// extension), with the record-level flags GP Connect acts on: sensitive (PDS S-flag → treated as not found),
/// deceased, dissent to sharing (NO_PATIENT_CONSENT for documents), record in transit (data-in-transit warning),
/// and whether PDS knows the patient.
/// </summary>
public class Patient : IVersionedEntity
{
    public int Id { get; set; }

    public string NhsNumber { get; set; } = "";

    public NhsNumberVerificationStatus NhsNumberStatus { get; set; } = NhsNumberVerificationStatus.NumberPresentAndVerified;

    public string? Title { get; set; }

    public string GivenName { get; set; } = "";

    public string? OtherGivenNames { get; set; }

    public string FamilyName { get; set; } = "";

    public DateOnly BirthDate { get; set; }

    public AdministrativeGender Gender { get; set; }

    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? Town { get; set; }

    public string? County { get; set; }

    public string? Postcode { get; set; }

    public string? HomePhone { get; set; }

    public string? MobilePhone { get; set; }

    public string? WorkPhone { get; set; }

    public string? Email { get; set; }

    /// <summary>The <c>use</c> the email address was given with; null for records that never said (read as home).</summary>
    public ContactUse? EmailUse { get; set; }

    /// <summary>A temporary address (address.use = temp), as a register patient request may send one.</summary>
    public string? TemporaryAddressLine1 { get; set; }

    public string? TemporaryAddressLine2 { get; set; }

    public string? TemporaryTown { get; set; }

    public string? TemporaryCounty { get; set; }

    public string? TemporaryPostcode { get; set; }

    /// <summary>A temporary phone number (telecom.use = temp).</summary>
    public string? TemporaryPhone { get; set; }

    /// <summary>
    /// When the temporary contact details (temporary address, temporary phone, an email given as temp) stop applying:
    /// register patient marks them with the expiry of the temporary registration they came with.
    /// </summary>
    public DateTime? TemporaryDetailsEnd { get; set; }

    /// <summary>Preferred language (nhsCommunication.language), as a BCP 47 code.</summary>
    public string? LanguageCode { get; set; }

    public bool InterpreterRequired { get; set; }

    /// <summary>The practice the patient is registered with.</summary>
    public int RegisteredPracticeId { get; set; }

    public Organisation RegisteredPractice { get; set; } = null!;

    public int? PreferredBranchSurgeryId { get; set; }

    public Location? PreferredBranchSurgery { get; set; }

    public int? UsualGpId { get; set; }

    public Practitioner? UsualGp { get; set; }

    public RegistrationType RegistrationType { get; set; }

    public RegistrationStatus RegistrationStatus { get; set; }

    public DateTime RegistrationStart { get; set; }

    public DateTime? RegistrationEnd { get; set; }

    /// <summary>PDS sensitive (S-flag) or locally sensitive.</summary>
    public bool IsSensitive { get; set; }

    public DateTime? DeceasedAt { get; set; }

    /// <summary>The patient has dissented from sharing their record.</summary>
    public bool HasDissentedFromSharing { get; set; }

    /// <summary>GP2GP transfer from the previous practice not yet complete.</summary>
    public bool IsRecordInTransit { get; set; }

    /// <summary>False for a patient held locally but unknown to PDS (Spine).</summary>
    public bool IsKnownToPds { get; set; } = true;

    public bool IsMultipleBirth { get; set; }

    public int? MultipleBirthOrder { get; set; }

    public int Version { get; set; }

    public DateTime LastUpdated { get; set; }

    public ICollection<PatientPreviousNhsNumber> PreviousNhsNumbers { get; } = [];

    public ICollection<PatientContact> Contacts { get; } = [];
}
