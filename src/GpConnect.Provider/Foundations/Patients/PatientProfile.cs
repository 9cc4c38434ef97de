namespace GpConnect.Provider.Foundations.Patients;

/// <summary>
/// CareConnect-GPC-Patient-1 (v1.8) and the extensions and code systems it uses (Foundations, "Patient population").
/// </summary>
public static class PatientProfile
{
    public const string Profile = "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1";

    public const string NhsNumberVerificationStatusExtension = "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSNumberVerificationStatus-1";
    public const string NhsNumberVerificationStatusSystem = "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1";

    public const string RegistrationDetailsExtension = "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-RegistrationDetails-1";
    public const string RegistrationTypeSystem = "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-RegistrationType-1";

    public const string NhsCommunicationExtension = "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSCommunication-1";
    public const string HumanLanguageSystem = "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1";
}
