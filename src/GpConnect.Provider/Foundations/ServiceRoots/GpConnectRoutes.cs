namespace GpConnect.Provider.Foundations.ServiceRoots;

/// <summary>
/// Service root templates, <c>/[ODS_CODE]/[FHIR_VERSION_NAME]/[GPC_MAJOR_VERSION]/[PROVIDER_ROUTING_SEGMENT]</c>
/// (foundations, "Service root URL"). Routing is by URL only: the Ssp-* headers are for audit, never for routing.
/// URLs are case-sensitive, so these literals are matched exactly (see <see cref="CaseSensitiveRoutingMiddleware"/>).
/// </summary>
public static class GpConnectRoutes
{
    public const string OdsCodeParameter = "odsCode";

    /// <summary>Foundations and Appointment Management share this root, as the spec requires.</summary>
    public const string FoundationsRoot = "{" + OdsCodeParameter + "}/STU3/1/gpconnect";

    public const string StructuredRoot = FoundationsRoot + "/structured";

    public const string DocumentsRoot = FoundationsRoot + "/documents";

    public const string Metadata = "metadata";
}
