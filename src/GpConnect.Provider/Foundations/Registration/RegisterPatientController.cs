using GpConnect.Provider.Foundations.Fhir;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Foundations.Patients;
using GpConnect.Provider.Store.Entities;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace GpConnect.Provider.Foundations.Registration;

/// <summary>
/// <c>POST [root]/Patient/$gpc.registerpatient</c> (Foundations, "Register patient"): 200 with a searchset Bundle
/// holding the registered Patient.
/// </summary>
[ApiController]
public sealed class RegisterPatientController(RegisterPatientBodyReader reader, PatientRegistration registration, TimeProvider clock) : ControllerBase
{
    public const string Route = PatientsController.Route + "/$gpc.registerpatient";

    [HttpPost(Route)]
    [GpConnectInteraction(InteractionIds.RegisterPatient)]
    public async Task<FhirResult> RegisterPatient(CancellationToken cancellationToken)
    {
        var parameters = await reader.ReadAsync(Request, cancellationToken);
        var request = RegisterPatientValidator.Validate(parameters, clock.GetUtcNow());
        var patient = await registration.RegisterAsync(HttpContext.Features.GetRequiredFeature<Practice>(), request, cancellationToken);
        return new FhirResult(SearchsetBundle.For(Request.Headers[SearchsetBundle.TraceIdHeader], [patient]));
    }
}
