namespace GpConnect.Provider.Foundations.Jwt;

/// <summary>Claim types of the principal built from a GP Connect JWT (<see cref="GpConnectCaller.ToPrincipal"/>).</summary>
public static class GpConnectClaimTypes
{
    public const string SdsUserId = "gpconnect:sds_user_id";
    public const string SdsRoleProfileId = "gpconnect:sds_role_profile_id";
    public const string OrganisationOdsCode = "gpconnect:organisation_ods_code";
    public const string OrganisationName = "gpconnect:organisation_name";
    public const string ReasonForRequest = "gpconnect:reason_for_request";
    public const string RequestedScope = "gpconnect:requested_scope";
}
