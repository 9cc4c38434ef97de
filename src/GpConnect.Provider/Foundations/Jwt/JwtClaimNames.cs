namespace GpConnect.Provider.Foundations.Jwt;

/// <summary>Claims of the GP Connect 1.x JWT (foundations, "Claims").</summary>
public static class JwtClaimNames
{
    public const string Issuer = "iss";
    public const string Subject = "sub";
    public const string Audience = "aud";
    public const string Expiry = "exp";
    public const string IssuedAt = "iat";
    public const string ReasonForRequest = "reason_for_request";
    public const string RequestedScope = "requested_scope";
    public const string RequestingDevice = "requesting_device";
    public const string RequestingOrganization = "requesting_organization";
    public const string RequestingPractitioner = "requesting_practitioner";

    /// <summary>A 0.x (DSTU2) claim; a 1.x token must not carry it.</summary>
    public const string RequestedRecord = "requested_record";
}
