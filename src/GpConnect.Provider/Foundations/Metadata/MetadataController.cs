using GpConnect.Provider.Foundations.Fhir;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Foundations.ServiceRoots;
using Microsoft.AspNetCore.Mvc;

namespace GpConnect.Provider.Foundations.Metadata;

/// <summary>
/// <c>GET [root]/metadata</c> on each service root: the STU3 CapabilityStatement of that logical server
/// (foundations, "CapabilityStatement").
/// </summary>
[ApiController]
public sealed class MetadataController(CapabilityStatementFactory capabilityStatements) : ControllerBase
{
    [HttpGet(GpConnectRoutes.FoundationsRoot + "/" + GpConnectRoutes.Metadata)]
    [GpConnectInteraction(InteractionIds.ReadMetadata)]
    public FhirResult GetFoundationsCapabilityStatement() => new(capabilityStatements.For(ServiceRoot.Foundations));

    [HttpGet(GpConnectRoutes.StructuredRoot + "/" + GpConnectRoutes.Metadata)]
    [GpConnectInteraction(InteractionIds.ReadStructuredMetadata)]
    public FhirResult GetStructuredCapabilityStatement() => new(capabilityStatements.For(ServiceRoot.Structured));

    [HttpGet(GpConnectRoutes.DocumentsRoot + "/" + GpConnectRoutes.Metadata)]
    [GpConnectInteraction(InteractionIds.ReadDocumentsMetadata)]
    public FhirResult GetDocumentsCapabilityStatement() => new(capabilityStatements.For(ServiceRoot.Documents));
}
