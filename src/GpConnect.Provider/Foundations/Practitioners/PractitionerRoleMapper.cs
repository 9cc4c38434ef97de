using System.Globalization;
using GpConnect.Provider.Foundations.Fhir;
using GpConnect.Provider.Foundations.Patients;
using Hl7.Fhir.Model;
using Entities = GpConnect.Provider.Store.Entities;
using Stu3 = GpConnect.Fhir.Stu3.Model;

namespace GpConnect.Provider.Foundations.Practitioners;

/// <summary>
/// A practitioner's role at an organisation as CareConnect-GPC-PractitionerRole-1, for the capabilities that return
/// roles alongside practitioners (Access Record Structured). GP Connect allows at most one PractitionerRole per
/// Practitioner in a response (digest, "traps": "One PractitionerRole per Practitioner, or none"), so
/// <see cref="SingleRoleAt"/> picks the one to send.
/// </summary>
public static class PractitionerRoleMapper
{
    public const string Profile = "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-PractitionerRole-1";
    public const string SdsJobRoleNameSystem = "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1";

    /// <summary>
    /// The one role to send for <paramref name="practitioner"/> at <paramref name="organisationId"/>, or null when it
    /// holds none there: the first (lowest id) role with an SDS role profile id, else the first role.
    /// </summary>
    public static Entities.PractitionerRole? SingleRoleAt(Entities.Practitioner practitioner, int organisationId)
    {
        ArgumentNullException.ThrowIfNull(practitioner);
        return practitioner.Roles
            .Where(r => r.OrganisationId == organisationId)
            .OrderBy(r => string.IsNullOrWhiteSpace(r.SdsRoleProfileId) ? 1 : 0)
            .ThenBy(r => r.Id)
            .FirstOrDefault();
    }

    public static Stu3.PractitionerRole ToFhir(Entities.PractitionerRole role)
    {
        ArgumentNullException.ThrowIfNull(role);
        var resource = new Stu3.PractitionerRole
        {
            Id = role.Id.ToString(CultureInfo.InvariantCulture),
            Meta = new Meta { Profile = [Profile] },
            Practitioner = new ResourceReference(References.Practitioner(role.PractitionerId)),
            Organization = new ResourceReference(References.Organization(role.OrganisationId)),
            Code = [new CodeableConcept { Coding = [new Coding(SdsJobRoleNameSystem, role.JobRoleCode, role.JobRoleDisplay)] }],
        };

        if (!string.IsNullOrWhiteSpace(role.SdsRoleProfileId))
        {
            resource.Identifier.Add(new Identifier(IdentifierSystems.SdsRoleProfileId, role.SdsRoleProfileId));
        }

        return resource;
    }
}
