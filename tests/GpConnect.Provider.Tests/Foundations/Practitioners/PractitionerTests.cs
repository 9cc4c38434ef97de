using System.Net;
using FluentAssertions;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Tests.Foundations.Patients;
using GpConnect.Provider.Tests.Infrastructure;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Practitioners;

/// <summary>Practitioner search by SDS user id and read (Foundations, "Practitioner search/read") on the assurance practitioners.</summary>
[Trait("Category", "Integration")]
public sealed class PractitionerTests(GpConnectApiFactory factory) : IClassFixture<GpConnectApiFactory>
{
    private const string SdsUserIdSystem = "https://fhir.nhs.uk/Id/sds-user-id";
    private const string RoleProfileSystem = "https://fhir.nhs.uk/Id/sds-role-profile-id";
    private readonly FoundationsApi _api = new(factory);

    [Theory]
    [InlineData("G13579135", 1, 0)]
    [InlineData("G11111116", 1, 1)]
    [InlineData("G22345655", 1, 2)]
    [InlineData("G22222226", 2, 1)]
    [InlineData("G99999999", 0, 0)]
    public async Task GivenAnSdsUserId_WhenSearching_ThenReturnsEachPractitionerWithItsRoleProfileIds(string sdsUserId, int practitioners, int roleProfileIds)
    {
        var builder = _api.Get($"Practitioner?identifier={SdsUserIdSystem}%7C{sdsUserId}", InteractionIds.SearchPractitioner);

        var (response, body) = await _api.SendForJsonAsync(builder);

        var found = FoundationsApi.ShouldBeSearchset(response, body, builder.SspTraceId);
        found.Should().HaveCount(practitioners);
        foreach (var practitioner in found)
        {
            practitioner["meta"]!["profile"]![0]!.GetValue<string>().Should().Be("https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Practitioner-1");
            var identifiers = practitioner["identifier"]!.AsArray();
            identifiers.Where(i => i!["system"]!.GetValue<string>() == SdsUserIdSystem).Should().ContainSingle(i => i!["value"]!.GetValue<string>() == sdsUserId);
            identifiers.Count(i => i!["system"]!.GetValue<string>() == RoleProfileSystem).Should().Be(roleProfileIds);
            practitioner["name"]![0]!["family"].Should().NotBeNull();
            foreach (var forbidden in new[] { "telecom", "address", "birthDate", "photo", "qualification" })
            {
                practitioner[forbidden].Should().BeNull($"{forbidden} SHALL NOT be populated");
            }
        }
    }

    [Fact]
    public async Task GivenAPractitionerFoundBySearch_WhenReadingItsId_ThenReturnsItWithAWeakETag()
    {
        var search = _api.Get($"Practitioner?identifier={SdsUserIdSystem}%7CG13579135", InteractionIds.SearchPractitioner);
        var (_, bundle) = await _api.SendForJsonAsync(search);
        var id = bundle["entry"]![0]!["resource"]!["id"]!.GetValue<string>();

        var (response, practitioner) = await _api.SendForJsonAsync(_api.Get($"Practitioner/{id}", InteractionIds.ReadPractitioner));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        practitioner["id"]!.GetValue<string>().Should().Be(id);
        response.Headers.ETag!.ToString().Should().Be($"W/\"{practitioner["meta"]!["versionId"]!.GetValue<string>()}\"");
    }

    [Theory]
    [InlineData("99999")]
    [InlineData("G13579135")]
    public async Task GivenAnUnknownLogicalId_WhenReadingAPractitioner_ThenReturns404PractitionerNotFound(string id)
    {
        var (response, body) = await _api.SendForJsonAsync(_api.Get($"Practitioner/{id}", InteractionIds.ReadPractitioner));

        FoundationsApi.ShouldBeOutcome(response, body, HttpStatusCode.NotFound, "PRACTITIONER_NOT_FOUND");
    }

    [Theory]
    [InlineData("Practitioner?identifier=https://fhir.nhs.uk/Id/sds-user-id%7C", HttpStatusCode.UnprocessableEntity, "INVALID_PARAMETER")]
    [InlineData("Practitioner?identifier=%7CG13579135", HttpStatusCode.UnprocessableEntity, "INVALID_PARAMETER")]
    [InlineData("Practitioner?identifier=G13579135", HttpStatusCode.UnprocessableEntity, "INVALID_PARAMETER")]
    [InlineData("Practitioner?Identifier=https://fhir.nhs.uk/Id/sds-user-id%7CG13579135", HttpStatusCode.BadRequest, "BAD_REQUEST")]
    [InlineData("Practitioner?identifier=https://fhir.nhs.uk/Id/sds-user-id%7CG13579135&identifier=https://fhir.nhs.uk/Id/sds-user-id%7CG13579135", HttpStatusCode.BadRequest, "BAD_REQUEST")]
    [InlineData("Practitioner", HttpStatusCode.BadRequest, "BAD_REQUEST")]
    [InlineData("Practitioner?identifier=https://fhir.nhs.uk/Id/sds-role-profile-id%7C200000000116", HttpStatusCode.BadRequest, "INVALID_IDENTIFIER_SYSTEM")]
    public async Task GivenAnInvalidPractitionerSearch_WhenSearching_ThenReturnsTheSpecError(string path, HttpStatusCode status, string code)
    {
        var (response, body) = await _api.SendForJsonAsync(_api.Get(path, InteractionIds.SearchPractitioner));

        FoundationsApi.ShouldBeOutcome(response, body, status, code);
    }
}
