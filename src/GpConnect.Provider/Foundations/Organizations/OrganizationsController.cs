using GpConnect.Provider.Foundations.Fhir;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Foundations.ServiceRoots;
using Microsoft.AspNetCore.Mvc;

namespace GpConnect.Provider.Foundations.Organizations;

/// <summary>Organization search and read on the Foundations root (Foundations, "Organization search/read").</summary>
[ApiController]
public sealed class OrganizationsController(OrganisationDirectory organisations, IGpConnectRequestContext request) : ControllerBase
{
    public const string Route = GpConnectRoutes.FoundationsRoot + "/Organization";

    [HttpGet(Route)]
    [GpConnectInteraction(InteractionIds.SearchOrganization)]
    public async Task<FhirResult> SearchOrganizations(CancellationToken cancellationToken)
    {
        var found = await organisations.SearchAsync(Request.QueryString, cancellationToken);
        return new FhirResult(SearchsetBundle.For(request.SspTraceId, found));
    }

    [HttpGet(Route + "/{id}")]
    [GpConnectInteraction(InteractionIds.ReadOrganization)]
    public async Task<FhirResult> ReadOrganization(string id, CancellationToken cancellationToken) =>
        new(await organisations.ReadAsync(id, cancellationToken));
}
