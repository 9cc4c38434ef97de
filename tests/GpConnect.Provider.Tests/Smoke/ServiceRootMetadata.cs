using Xunit;

namespace GpConnect.Provider.Tests.Smoke;

/// <summary>
/// The three GP Connect service roots of the demo practice and the interaction ID of each one's <c>metadata</c>
/// read (Foundations 1.2.9; Access Record Structured and Access Document 1.6.2, "Get the FHIR capability statement").
/// </summary>
public static class ServiceRootMetadata
{
    public const string Foundations = "/B82617/STU3/1/gpconnect";
    public const string Structured = "/B82617/STU3/1/gpconnect/structured";
    public const string Documents = "/B82617/STU3/1/gpconnect/documents";

    public const string FoundationsInteraction = "urn:nhs:names:services:gpconnect:fhir:rest:read:metadata-1";
    public const string StructuredInteraction = "urn:nhs:names:services:gpconnect:structured:fhir:rest:read:metadata-1";
    public const string DocumentsInteraction = "urn:nhs:names:services:gpconnect:documents:fhir:rest:read:metadata-1";

    /// <summary>The ASID of the consumer system the smoke requests claim to come from (<c>Ssp-From</c>).</summary>

    public static TheoryData<string, string> All => new()
    {
        { Foundations, FoundationsInteraction },
        { Structured, StructuredInteraction },
        { Documents, DocumentsInteraction },
    };
}
