using GpConnect.Provider.Foundations.Fhir;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Foundations.ServiceRoots;
using Microsoft.AspNetCore.Mvc;

namespace GpConnect.Provider.Foundations.Practitioners;

/// <summary>Practitioner search and read on the Foundations root (Foundations, "Practitioner search/read").</summary>
[ApiController]
public sealed class PractitionersController(PractitionerDirectory practitioners, IGpConnectRequestContext request) : ControllerBase
{
    public const string Route = GpConnectRoutes.FoundationsRoot + "/Practitioner";

    [HttpGet(Route)]
    [GpConnectInteraction(InteractionIds.SearchPractitioner)]
    public async Task<FhirResult> SearchPractitioners(CancellationToken cancellationToken)
    {
        var found = await practitioners.SearchAsync(Request.QueryString, cancellationToken);
        return new FhirResult(SearchsetBundle.For(request.SspTraceId, found));
    }

    [HttpGet(Route + "/{id}")]
    [GpConnectInteraction(InteractionIds.ReadPractitioner)]
    public async Task<FhirResult> ReadPractitioner(string id, CancellationToken cancellationToken) =>
        new(await practitioners.ReadAsync(id, cancellationToken));
}
