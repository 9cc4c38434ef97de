namespace GpConnect.Provider.Foundations.Interactions;

/// <summary>
/// Values of the JWT <c>requested_scope</c> claim (foundations, "Authorization: the JWT"). The first space-separated
/// part names what the interaction touches; GP Connect 1.6 may add a confidentiality part (<c>conf/N</c> normal,
/// the default, or <c>conf/R</c> restricted, for GP2GP migration only).
/// </summary>
public static class GpConnectScopes
{
    public const string PatientRead = "patient/*.read";
    public const string PatientWrite = "patient/*.write";
    public const string OrganizationRead = "organization/*.read";

    public const string ConfidentialityNormal = "conf/N";
    public const string ConfidentialityRestricted = "conf/R";
}
