namespace GpConnect.Provider.Foundations.Patients;

/// <summary>
/// Identifier systems of GP Connect 1.x (Foundations, "Identifier systems and NHS number check"). The <c>fhir.nhs.net</c>
/// ODS system is the 0.x form, still accepted on Organization search for backward compatibility (the reference
/// provider and the assurance test pack accept it); we always answer in the current systems.
/// </summary>
public static class IdentifierSystems
{
    public const string NhsNumber = "https://fhir.nhs.uk/Id/nhs-number";
    public const string OdsOrganisationCode = "https://fhir.nhs.uk/Id/ods-organization-code";
    public const string LegacyOdsOrganisationCode = "http://fhir.nhs.net/Id/ods-organization-code";
    public const string OdsSiteCode = "https://fhir.nhs.uk/Id/ods-site-code";
    public const string SdsUserId = "https://fhir.nhs.uk/Id/sds-user-id";
    public const string SdsRoleProfileId = "https://fhir.nhs.uk/Id/sds-role-profile-id";
    public const string LocalLocationIdentifier = "https://fhir.nhs.uk/Id/local-location-identifier";
}
