namespace GpConnect.Provider.Foundations.ServiceRoots;

/// <summary>
/// Tells GP Connect requests (anything under <c>/[ODS]/[STU3|DSTU2]/[1|0]/gpconnect</c>) from the host's own
/// endpoints (<c>/health</c>, <c>/swagger</c>, <c>/admin</c>). Only the former are checked for SSP headers and JWT
/// and audited. Decided on the path shape alone, ignoring case, so a wrong-case GP Connect URL is still checked and
/// audited before routing refuses it.
/// </summary>
public static class ServiceRootRequests
{
    public static bool IsGpConnectRequest(HttpContext context) => AddressedOdsCode(context) is not null;

    /// <summary>
    /// The ODS code segment of a GP Connect request's path, as sent; null for any other path. Worked out once per
    /// request: the audit, the SSP header checks and the audit entry all ask.
    /// </summary>
    public static string? AddressedOdsCode(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<AddressedRoot>() is not { } addressed)
        {
            addressed = new AddressedRoot(OdsCodeIn(context.Request.Path));
            context.Features.Set(addressed);
        }

        return addressed.OdsCode;
    }

    private static string? OdsCodeIn(PathString path)
    {
        var segments = (path.Value ?? string.Empty).Split('/', 6, StringSplitOptions.RemoveEmptyEntries);
        var isServiceRoot = segments.Length >= 4
            && (segments[1].Equals("STU3", StringComparison.OrdinalIgnoreCase) || segments[1].Equals("DSTU2", StringComparison.OrdinalIgnoreCase))
            && segments[2] is "1" or "0"
            && segments[3].Equals("gpconnect", StringComparison.OrdinalIgnoreCase);
        return isServiceRoot ? segments[0] : null;
    }

    private sealed record AddressedRoot(string? OdsCode);
}
