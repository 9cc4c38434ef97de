using GpConnect.Provider.Foundations.Fhir;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Foundations.ServiceRoots;
using GpConnect.Provider.Store.Entities;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace GpConnect.Provider.Foundations.Patients;

/// <summary>Patient search and read on the Foundations root (Foundations, "Patient search", "Patient read").</summary>
[ApiController]
public sealed class PatientsController(PatientDirectory patients) : ControllerBase
{
    public const string Route = GpConnectRoutes.FoundationsRoot + "/Patient";

    [HttpGet(Route)]
    [GpConnectInteraction(InteractionIds.SearchPatient)]
    public async Task<FhirResult> SearchPatients(CancellationToken cancellationToken)
    {
        var found = await patients.SearchAsync(HttpContext.Features.GetRequiredFeature<Practice>(), Request.QueryString, cancellationToken);
        return new FhirResult(SearchsetBundle.For(Request.Headers[SearchsetBundle.TraceIdHeader], found));
    }

    [HttpGet(Route + "/{id}")]
    [GpConnectInteraction(InteractionIds.ReadPatient)]
    public async Task<VersionedResourceResult> ReadPatient(string id, CancellationToken cancellationToken) =>
        new(await patients.ReadAsync(HttpContext.Features.GetRequiredFeature<Practice>(), id, cancellationToken));
}
