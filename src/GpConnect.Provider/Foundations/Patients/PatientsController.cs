using GpConnect.Provider.Foundations.Fhir;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Foundations.ServiceRoots;
using Microsoft.AspNetCore.Mvc;

namespace GpConnect.Provider.Foundations.Patients;

/// <summary>Patient search and read on the Foundations root (Foundations, "Patient search", "Patient read").</summary>
[ApiController]
public sealed class PatientsController(PatientDirectory patients, IGpConnectRequestContext request) : ControllerBase
{
    public const string Route = GpConnectRoutes.FoundationsRoot + "/Patient";

    [HttpGet(Route)]
    [GpConnectInteraction(InteractionIds.SearchPatient)]
    public async Task<FhirResult> SearchPatients(CancellationToken cancellationToken)
    {
        var found = await patients.SearchAsync(request.Practice, Request.QueryString, cancellationToken);
        return new FhirResult(SearchsetBundle.For(request.SspTraceId, found));
    }

    /// <summary>The pipeline adds the weak ETag from <c>meta.versionId</c>.</summary>
    [HttpGet(Route + "/{id}")]
    [GpConnectInteraction(InteractionIds.ReadPatient)]
    public async Task<FhirResult> ReadPatient(string id, CancellationToken cancellationToken) =>
        new(await patients.ReadAsync(request.Practice, id, cancellationToken));
}
