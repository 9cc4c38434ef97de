namespace GpConnect.Provider.Foundations.ServiceRoots;

/// <summary>
/// Each GP Connect capability is a separate logical FHIR server with its own root and its own <c>/metadata</c>.
/// </summary>
public sealed record ServiceRoot(string Name, string SpecificationVersion)
{
    /// <summary>Foundations and Appointment Management 1.2.9.</summary>
    public static readonly ServiceRoot Foundations = new("GP Connect", "1.2.9");

    /// <summary>Access Record Structured 1.6.2.</summary>
    public static readonly ServiceRoot Structured = new("GP Connect API - Access Record Structured", "1.6.2");

    /// <summary>Access Document 1.6.2.</summary>
    public static readonly ServiceRoot Documents = new("GP Connect API - Access Document", "1.6.2");
}
