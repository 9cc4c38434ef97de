using System.Net;
using FluentAssertions;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Tests.Foundations.Patients;
using GpConnect.Provider.Tests.Infrastructure;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Organizations;

/// <summary>Organization search by ODS code and read (Foundations, "Organization search/read") on the assurance organisations.</summary>
[Trait("Category", "Integration")]
public sealed class OrganizationTests(GpConnectApiFactory factory) : IClassFixture<GpConnectApiFactory>
{
    private const string OdsSystem = "https://fhir.nhs.uk/Id/ods-organization-code";
    private readonly FoundationsApi _api = new(factory);

    [Theory]
    [InlineData(OdsSystem, "B82617", 1)]
    [InlineData(OdsSystem, "R1A14", 1)]
    [InlineData(OdsSystem, "X12345", 1)]
    [InlineData("http://fhir.nhs.net/Id/ods-organization-code", "B82617", 1)]
    [InlineData(OdsSystem, "INVOC1", 0)]
    [InlineData(OdsSystem, "Z26556", 0)]
    public async Task GivenAnOdsCode_WhenSearchingOrganizations_ThenReturnsTheOrganisationsWithThatCode(string system, string odsCode, int expected)
    {
        var builder = _api.Get($"Organization?identifier={system}%7C{odsCode}", InteractionIds.SearchOrganization);

        var (response, body) = await _api.SendForJsonAsync(builder);

        var found = FoundationsApi.ShouldBeSearchset(response, body, builder.SspTraceId);
        found.Should().HaveCount(expected);
        foreach (var organisation in found)
        {
            organisation["meta"]!["profile"]![0]!.GetValue<string>().Should().Be("https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Organization-1");
            organisation["meta"]!["versionId"].Should().NotBeNull();
            organisation["identifier"]![0]!["system"]!.GetValue<string>().Should().Be(OdsSystem, "we answer in the current system whatever was asked");
            organisation["identifier"]![0]!["value"]!.GetValue<string>().Should().Be(odsCode);
            organisation["name"].Should().NotBeNull();
            organisation["address"].Should().NotBeNull();
            organisation["telecom"].Should().NotBeNull();
            organisation["contact"].Should().BeNull();
            organisation["endpoint"].Should().BeNull();
        }
    }

    [Fact]
    public async Task GivenAnOrganisationFoundBySearch_WhenReadingItsId_ThenReturnsItWithAWeakETag()
    {
        var (_, bundle) = await _api.SendForJsonAsync(_api.Get($"Organization?identifier={OdsSystem}%7CB82617", InteractionIds.SearchOrganization));
        var id = bundle["entry"]![0]!["resource"]!["id"]!.GetValue<string>();

        var (response, organisation) = await _api.SendForJsonAsync(_api.Get($"Organization/{id}", InteractionIds.ReadOrganization));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        organisation["id"]!.GetValue<string>().Should().Be(id);
        response.Headers.ETag!.ToString().Should().Be($"W/\"{organisation["meta"]!["versionId"]!.GetValue<string>()}\"");
    }

    [Theory]
    [InlineData("99999")]
    [InlineData("B82617")]
    public async Task GivenAnUnknownLogicalId_WhenReadingAnOrganization_ThenReturns404OrganisationNotFound(string id)
    {
        var (response, body) = await _api.SendForJsonAsync(_api.Get($"Organization/{id}", InteractionIds.ReadOrganization));

        FoundationsApi.ShouldBeOutcome(response, body, HttpStatusCode.NotFound, "ORGANISATION_NOT_FOUND");
    }

    [Theory]
    [InlineData("Organization?identifier=https://fhir.nhs.uk/Id/ods-organization-code%7C", HttpStatusCode.UnprocessableEntity, "INVALID_PARAMETER")]
    [InlineData("Organization?identifier=%7CB82617", HttpStatusCode.UnprocessableEntity, "INVALID_PARAMETER")]
    [InlineData("Organization?identifier=B82617", HttpStatusCode.UnprocessableEntity, "INVALID_PARAMETER")]
    [InlineData("Organization?IDENTIFIER=https://fhir.nhs.uk/Id/ods-organization-code%7CB82617", HttpStatusCode.BadRequest, "BAD_REQUEST")]
    [InlineData("Organization?identifier=https://fhir.nhs.uk/Id/ods-organization-code%7CB82617&identifier=https://fhir.nhs.uk/Id/ods-organization-code%7CB82617", HttpStatusCode.BadRequest, "BAD_REQUEST")]
    [InlineData("Organization", HttpStatusCode.BadRequest, "BAD_REQUEST")]
    [InlineData("Organization?identifier=https://fhir.nhs.uk/Id/ods-site-code%7CZ26556", HttpStatusCode.BadRequest, "INVALID_IDENTIFIER_SYSTEM")]
    public async Task GivenAnInvalidOrganizationSearch_WhenSearching_ThenReturnsTheSpecError(string path, HttpStatusCode status, string code)
    {
        var (response, body) = await _api.SendForJsonAsync(_api.Get(path, InteractionIds.SearchOrganization));

        FoundationsApi.ShouldBeOutcome(response, body, status, code);
    }
}
