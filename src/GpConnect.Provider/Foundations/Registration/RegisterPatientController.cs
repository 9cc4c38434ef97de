using GpConnect.Provider.Foundations.Audit;
using GpConnect.Provider.Foundations.Fhir;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Foundations.Patients;
using Microsoft.AspNetCore.Mvc;

namespace GpConnect.Provider.Foundations.Registration;

/// <summary>
/// <c>POST [root]/Patient/$gpc.registerpatient</c> (Foundations, "Register patient"): 200 with a searchset Bundle
/// holding the registered Patient.
/// </summary>
[ApiController]
public sealed class RegisterPatientController(
    RegisterPatientBodyReader reader,
    PatientRegistration registration,
    IGpConnectRequestContext request,
    IRequestAudit audit,
    TimeProvider clock) : ControllerBase
{
    public const string Route = PatientsController.Route + "/$gpc.registerpatient";

    [HttpPost(Route)]
    [GpConnectInteraction(InteractionIds.RegisterPatient)]
    public async Task<FhirResult> RegisterPatient(CancellationToken cancellationToken)
    {
        var parameters = await reader.ReadAsync(Request, cancellationToken);

        // Audited against the patient even when a later check refuses the request.
        if (RegisterPatientValidator.FindNhsNumber(parameters) is { } nhsNumber)
        {
            audit.RecordPatient(nhsNumber);
        }

        var registrationRequest = RegisterPatientValidator.Validate(parameters, clock.GetUtcNow());
        var patient = await registration.RegisterAsync(request.Practice, registrationRequest, cancellationToken);
        return new FhirResult(SearchsetBundle.For(request.SspTraceId, [patient]));
    }
}
