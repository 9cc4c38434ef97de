namespace GpConnect.Provider.Foundations.ServiceRoots;

/// <summary>
/// Tells GP Connect requests (anything under <c>/[ODS]/[STU3|DSTU2]/[1|0]/gpconnect</c>) from the host's own
/// endpoints (<c>/health</c>, <c>/swagger</c>, <c>/admin</c>). Only the former are checked for SSP headers and JWT
/// and audited. Decided on the path shape alone, ignoring case, so a wrong-case GP Connect URL is still checked and
/// audited before routing refuses it.
/// </summary>
public static class ServiceRootRequests
{
    public static bool IsGpConnectRequest(PathString path) => AddressedOdsCode(path) is not null;

    /// <summary>The ODS code segment of a GP Connect request's path, as sent; null for any other path.</summary>
    public static string? AddressedOdsCode(PathString path)
    {
        var segments = (path.Value ?? string.Empty).Split('/', 6, StringSplitOptions.RemoveEmptyEntries);
        var isServiceRoot = segments.Length >= 4
            && (segments[1].Equals("STU3", StringComparison.OrdinalIgnoreCase) || segments[1].Equals("DSTU2", StringComparison.OrdinalIgnoreCase))
            && segments[2] is "1" or "0"
            && segments[3].Equals("gpconnect", StringComparison.OrdinalIgnoreCase);
        return isServiceRoot ? segments[0] : null;
    }
}
