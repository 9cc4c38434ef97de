namespace GpConnect.Provider.Foundations.Jwt;

/// <summary>
/// Identifier systems of the JWT's requesting_* resources. The current <c>https://fhir.nhs.uk/Id/...</c> forms,
/// plus the legacy <c>http://fhir.nhs.net/...</c> forms the reference provider and the test pack still accept
/// ("RC5 backward compatibility"; 0.x sent <c>http://fhir.nhs.net/sds-user-id</c> without <c>/Id/</c>).
/// </summary>
public static class NhsIdentifierSystems
{
    public const string OdsOrganisationCode = "https://fhir.nhs.uk/Id/ods-organization-code";
    public const string SdsUserId = "https://fhir.nhs.uk/Id/sds-user-id";
    public const string SdsRoleProfileId = "https://fhir.nhs.uk/Id/sds-role-profile-id";

    public static IReadOnlyList<string> OdsOrganisationCodeSystems { get; } =
        [OdsOrganisationCode, "http://fhir.nhs.net/Id/ods-organization-code"];

    public static IReadOnlyList<string> SdsUserIdSystems { get; } =
        [SdsUserId, "http://fhir.nhs.net/Id/sds-user-id", "http://fhir.nhs.net/sds-user-id"];

    public static IReadOnlyList<string> SdsRoleProfileIdSystems { get; } =
        [SdsRoleProfileId, "http://fhir.nhs.net/Id/sds-role-profile-id"];
}
