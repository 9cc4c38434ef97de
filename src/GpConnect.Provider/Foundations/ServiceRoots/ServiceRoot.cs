namespace GpConnect.Provider.Foundations.ServiceRoots;

/// <summary>
/// Each GP Connect capability is a separate logical FHIR server with its own root and its own <c>/metadata</c>.
/// </summary>
public sealed record ServiceRoot(string Name, string RouteTemplate, string SpecificationVersion)
{
    /// <summary>Foundations and Appointment Management 1.2.9.</summary>
    public static readonly ServiceRoot Foundations = new(
        "GP Connect",
        GpConnectRoutes.FoundationsRoot,
        "1.2.9");

    /// <summary>Access Record Structured 1.6.2.</summary>
    public static readonly ServiceRoot Structured = new(
        "GP Connect API - Access Record Structured",
        GpConnectRoutes.StructuredRoot,
        "1.6.2");

    /// <summary>Access Document 1.6.2.</summary>
    public static readonly ServiceRoot Documents = new(
        "GP Connect API - Access Document",
        GpConnectRoutes.DocumentsRoot,
        "1.6.2");

    public static IReadOnlyList<ServiceRoot> All { get; } = [Foundations, Structured, Documents];

    /// <summary>The concrete base URL of this root for one practice, e.g. <c>B82617/STU3/1/gpconnect/structured</c>.</summary>
    public string PathFor(string odsCode) =>
        RouteTemplate.Replace("{" + GpConnectRoutes.OdsCodeParameter + "}", odsCode, StringComparison.Ordinal);
}
