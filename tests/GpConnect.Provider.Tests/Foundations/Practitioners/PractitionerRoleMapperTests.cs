using FluentAssertions;
using GpConnect.Provider.Foundations.Practitioners;
using GpConnect.Provider.Store.Entities;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Practitioners;

/// <summary>At most one PractitionerRole per Practitioner in a response (digest, "traps": one PractitionerRole per Practitioner, or none).</summary>
public sealed class PractitionerRoleMapperTests
{
    [Fact]
    public void GivenTwoRolesAtTheOrganisation_WhenChoosingTheRoleToSend_ThenPicksOneWithAnSdsRoleProfileId()
    {
        var practitioner = new Practitioner { Id = 7, SdsUserId = "G22345655", FamilyName = "Shah" };
        practitioner.Roles.Add(new PractitionerRole { Id = 1, PractitionerId = 7, OrganisationId = 3, JobRoleCode = "R0260", JobRoleDisplay = "General Medical Practitioner" });
        practitioner.Roles.Add(new PractitionerRole { Id = 2, PractitionerId = 7, OrganisationId = 3, SdsRoleProfileId = "200000000656", JobRoleCode = "R6300", JobRoleDisplay = "Sessional GP" });
        practitioner.Roles.Add(new PractitionerRole { Id = 3, PractitionerId = 7, OrganisationId = 9, SdsRoleProfileId = "200000000999", JobRoleCode = "R0620", JobRoleDisplay = "Staff Nurse" });

        var role = PractitionerRoleMapper.SingleRoleAt(practitioner, 3);

        role!.Id.Should().Be(2);
        var resource = PractitionerRoleMapper.ToFhir(role);
        resource.Practitioner!.Reference.Should().Be("Practitioner/7");
        resource.Organization!.Reference.Should().Be("Organization/3");
        resource.Code.Should().ContainSingle().Which.Coding.Should().ContainSingle().Which.Code.Should().Be("R6300");
    }

    [Fact]
    public void GivenNoRoleAtTheOrganisation_WhenChoosingTheRoleToSend_ThenThereIsNone()
    {
        var practitioner = new Practitioner { Id = 7, SdsUserId = "G13579135", FamilyName = "Mills" };

        PractitionerRoleMapper.SingleRoleAt(practitioner, 3).Should().BeNull();
    }
}
