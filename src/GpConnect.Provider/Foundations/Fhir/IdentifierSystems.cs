namespace GpConnect.Provider.Foundations.Fhir;

/// <summary>
/// Identifier systems of GP Connect 1.x (Foundations, "Identifier systems and NHS number check"). The
/// <c>http://fhir.nhs.net/...</c> forms are the 0.x ones, still accepted where the reference provider and the assurance
/// test pack accept them (Organization search, the JWT's requesting_* resources: "RC5 backward compatibility"; 0.x
/// sent <c>http://fhir.nhs.net/sds-user-id</c> without <c>/Id/</c>); we always answer in the current systems.
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

    public static IReadOnlyList<string> AcceptedOdsOrganisationCodeSystems { get; } = [OdsOrganisationCode, LegacyOdsOrganisationCode];

    public static IReadOnlyList<string> AcceptedSdsUserIdSystems { get; } =
        [SdsUserId, "http://fhir.nhs.net/Id/sds-user-id", "http://fhir.nhs.net/sds-user-id"];

    public static IReadOnlyList<string> AcceptedSdsRoleProfileIdSystems { get; } = [SdsRoleProfileId, "http://fhir.nhs.net/Id/sds-role-profile-id"];
}
