using GpConnect.Provider.Store.Entities;
using Hl7.Fhir.Model;

namespace GpConnect.Provider.Foundations.Patients;

/// <summary>
/// The store's enums as CareConnect codings, with the code systems' own displays (CareConnect-RegistrationType-1,
/// -NHSNumberVerificationStatus-1, -HumanLanguage-1), and contact uses as FHIR ContactPoint uses.
/// </summary>
public static class CareConnectCodes
{
    private static readonly Dictionary<string, string> s_languages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "English",
        ["bn"] = "Bengali",
        ["cy"] = "Welsh",
        ["fr"] = "French",
        ["de"] = "German",
        ["pl"] = "Polish",
        ["pa"] = "Panjabi",
        ["ur"] = "Urdu",
        ["gu"] = "Gujarati",
        ["ar"] = "Arabic",
        ["zh"] = "Chinese",
        ["es"] = "Spanish",
        ["pt"] = "Portuguese",
        ["ro"] = "Romanian",
        ["so"] = "Somali",
    };

    public static Coding RegistrationType(RegistrationType type) => type switch
    {
        Store.Entities.RegistrationType.Regular => new(PatientProfile.RegistrationTypeSystem, "R", "Regular"),
        Store.Entities.RegistrationType.Emergency => new(PatientProfile.RegistrationTypeSystem, "E", "Emergency"),
        Store.Entities.RegistrationType.ImmediatelyNecessary => new(PatientProfile.RegistrationTypeSystem, "IN", "Immediately necessary"),
        Store.Entities.RegistrationType.Temporary => new(PatientProfile.RegistrationTypeSystem, "T", "Temporary"),
        Store.Entities.RegistrationType.Private => new(PatientProfile.RegistrationTypeSystem, "P", "Private"),
        Store.Entities.RegistrationType.Other => new(PatientProfile.RegistrationTypeSystem, "O", "Other"),
        Store.Entities.RegistrationType.SyntheticRecord => new(PatientProfile.RegistrationTypeSystem, "S", "Synthetic Record"),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static Coding NhsNumberVerificationStatus(NhsNumberVerificationStatus status) => new(
        PatientProfile.NhsNumberVerificationStatusSystem,
        ((int)status).ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
        status switch
        {
            Store.Entities.NhsNumberVerificationStatus.NumberPresentAndVerified => "Number present and verified",
            Store.Entities.NhsNumberVerificationStatus.NumberPresentButNotTraced => "Number present but not traced",
            Store.Entities.NhsNumberVerificationStatus.TraceRequired => "Trace required",
            Store.Entities.NhsNumberVerificationStatus.TraceAttemptedNoMatchOrMultipleMatch => "Trace attempted - No match or multiple match found",
            Store.Entities.NhsNumberVerificationStatus.TraceNeedsToBeResolved => "Trace needs to be resolved - (NHS number or patient detail conflict)",
            Store.Entities.NhsNumberVerificationStatus.TraceInProgress => "Trace in progress",
            Store.Entities.NhsNumberVerificationStatus.NumberNotPresentAndTraceNotRequired => "Number not present and trace not required",
            Store.Entities.NhsNumberVerificationStatus.TracePostponed => "Trace postponed (baby under six weeks old)",
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
        });

    /// <summary>A CareConnect-HumanLanguage-1 coding; the display is given for the languages we know the name of.</summary>
    public static Coding Language(string code) =>
        new(PatientProfile.HumanLanguageSystem, code, s_languages.GetValueOrDefault(code));

    public static ContactPoint.ContactPointUse ContactPointUse(ContactUse use) => use switch
    {
        Store.Entities.ContactUse.Home => ContactPoint.ContactPointUse.Home,
        Store.Entities.ContactUse.Work => ContactPoint.ContactPointUse.Work,
        Store.Entities.ContactUse.Temporary => ContactPoint.ContactPointUse.Temp,
        Store.Entities.ContactUse.Mobile => ContactPoint.ContactPointUse.Mobile,
        _ => throw new ArgumentOutOfRangeException(nameof(use), use, null),
    };

    /// <summary>The store's use for a current contact detail; null for <c>old</c>, which is not one.</summary>
    public static ContactUse? ContactUse(ContactPoint.ContactPointUse use) => use switch
    {
        ContactPoint.ContactPointUse.Home => Store.Entities.ContactUse.Home,
        ContactPoint.ContactPointUse.Work => Store.Entities.ContactUse.Work,
        ContactPoint.ContactPointUse.Temp => Store.Entities.ContactUse.Temporary,
        ContactPoint.ContactPointUse.Mobile => Store.Entities.ContactUse.Mobile,
        _ => null,
    };

    public static GpConnect.Fhir.Stu3.Model.AdministrativeGender Gender(AdministrativeGender gender) => gender switch
    {
        AdministrativeGender.Male => GpConnect.Fhir.Stu3.Model.AdministrativeGender.Male,
        AdministrativeGender.Female => GpConnect.Fhir.Stu3.Model.AdministrativeGender.Female,
        AdministrativeGender.Other => GpConnect.Fhir.Stu3.Model.AdministrativeGender.Other,
        _ => GpConnect.Fhir.Stu3.Model.AdministrativeGender.Unknown,
    };

    public static AdministrativeGender Gender(GpConnect.Fhir.Stu3.Model.AdministrativeGender gender) => gender switch
    {
        GpConnect.Fhir.Stu3.Model.AdministrativeGender.Male => AdministrativeGender.Male,
        GpConnect.Fhir.Stu3.Model.AdministrativeGender.Female => AdministrativeGender.Female,
        GpConnect.Fhir.Stu3.Model.AdministrativeGender.Other => AdministrativeGender.Other,
        _ => AdministrativeGender.Unknown,
    };
}
