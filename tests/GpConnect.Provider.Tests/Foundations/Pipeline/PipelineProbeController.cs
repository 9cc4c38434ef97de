using GpConnect.Fhir.Stu3.Model;
using GpConnect.Provider.Foundations.Audit;
using GpConnect.Provider.Foundations.Fhir;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Foundations.Patients;
using GpConnect.Provider.Foundations.ServiceRoots;
using GpConnect.Provider.Store;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Organisation = GpConnect.Provider.Store.Entities.Organisation;
using OrganisationKind = GpConnect.Provider.Store.Entities.OrganisationKind;

namespace GpConnect.Provider.Tests.Foundations.Pipeline;

/// <summary>
/// Endpoints that exist only in the pipeline tests' host (<see cref="PipelineApiFactory"/>), at routes no real
/// interaction uses, so the request pipeline can be proven on its own: a versioned read that names a patient, an
/// unexpected failure, two interactions sharing one route, a write that must share its transaction with the audit
/// entry, and a migration interaction. Each declares its interaction exactly as a real action does.
/// </summary>
[ApiController]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class PipelineProbeController(IRequestAudit audit, ClinicalRecordDbContext store) : ControllerBase
{
    public const string Root = "/" + Infrastructure.GpConnectApiFactoryBase.DemoPracticeOdsCode + "/STU3/1/gpconnect";
    public const string ReadPath = Root + "/PipelineProbe/1";
    public const string FailurePath = Root + "/PipelineProbeFailure";
    public const string WritePath = Root + "/PipelineProbeWrite";
    public const string MigratePath = Root + "/PipelineProbeMigrate";
    public const string NonConformantPath = Root + "/PipelineProbeNonConformant";
    public const string AuditedNhsNumber = "9690937278";
    public const string VersionId = "7";
    public const string SecretFailureText = "connection string Password=hunter2 at PipelineProbeController";

    private const string ProbeRoot = GpConnectRoutes.FoundationsRoot + "/";

    [HttpGet(ProbeRoot + "PipelineProbe/{id}")]
    [GpConnectInteraction(InteractionIds.ReadPatient)]
    public FhirResult Read(string id)
    {
        audit.RecordPatient(AuditedNhsNumber);
        return new FhirResult(new Patient { Id = id, Meta = new Meta { VersionId = VersionId } });
    }

    [HttpPut(ProbeRoot + "PipelineProbe/{id}")]
    [GpConnectInteraction(InteractionIds.AmendAppointment)]
    [GpConnectInteraction(InteractionIds.CancelAppointment)]
    public FhirResult AmendOrCancel(string id)
    {
        audit.RecordPatient(AuditedNhsNumber);
        return new FhirResult(new Patient { Id = id, Meta = new Meta { VersionId = VersionId } });
    }

    /// <summary>A Patient that claims CareConnect-GPC-Patient-1 without the official name it requires, for the tests' profile check.</summary>
    [HttpGet(ProbeRoot + "PipelineProbeNonConformant")]
    [GpConnectInteraction(InteractionIds.ReadPatient)]
    public FhirResult NonConformant()
    {
        audit.RecordPatient(AuditedNhsNumber);
        return new FhirResult(new Patient { Id = "nonconformant", Meta = new Meta { VersionId = VersionId, Profile = [PatientProfile.Profile] } });
    }

    [HttpGet(ProbeRoot + "PipelineProbeFailure")]
    [GpConnectInteraction(InteractionIds.ReadPatient)]
    public FhirResult Fail() => throw new InvalidOperationException($"{SecretFailureText} {Request.Path}");

    /// <summary>Creates an organisation with the ODS code given; a code that exists already fails the write.</summary>
    [HttpPost(ProbeRoot + "PipelineProbeWrite")]
    [GpConnectInteraction(InteractionIds.RegisterPatient)]
    public async Task<FhirResult> WriteAsync([FromQuery] string odsCode)
    {
        audit.RecordPatient(AuditedNhsNumber);
        store.Organisations.Add(new Organisation { OdsCode = odsCode, Name = "Probe", Kind = OrganisationKind.GpPractice });
        await audit.SaveChangesWithAuditAsync(StatusCodes.Status201Created, HttpContext.RequestAborted);
        return new FhirResult(new Patient { Id = odsCode, Meta = new Meta { VersionId = "1" } }, StatusCodes.Status201Created);
    }

    [HttpGet(ProbeRoot + "PipelineProbeMigrate")]
    [GpConnectInteraction(InteractionIds.MigrateStructuredRecord)]
    public FhirResult Migrate()
    {
        audit.RecordPatient(AuditedNhsNumber);
        return new FhirResult(new Patient { Id = "migrate", Meta = new Meta { VersionId = VersionId } });
    }
}
