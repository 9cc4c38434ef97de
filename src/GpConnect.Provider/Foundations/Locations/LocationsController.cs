using GpConnect.Provider.Foundations.Fhir;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Foundations.ServiceRoots;
using Microsoft.AspNetCore.Mvc;

namespace GpConnect.Provider.Foundations.Locations;

/// <summary>Location read on the Foundations root (Foundations, "Location read").</summary>
[ApiController]
public sealed class LocationsController(LocationDirectory locations) : ControllerBase
{
    public const string Route = GpConnectRoutes.FoundationsRoot + "/Location";

    [HttpGet(Route + "/{id}")]
    [GpConnectInteraction(InteractionIds.ReadLocation)]
    public async Task<FhirResult> ReadLocation(string id, CancellationToken cancellationToken) =>
        new(await locations.ReadAsync(id, cancellationToken));
}
