using System.Net;
using FluentAssertions;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Tests.Foundations.Patients;
using GpConnect.Provider.Tests.Infrastructure;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Locations;

/// <summary>Location read (Foundations, "Location read") on the assurance locations (LocationLogicalIdentifierMap: 1, 8, 3).</summary>
[Trait("Category", "Integration")]
public sealed class LocationReadTests(GpConnectApiFactory factory) : IClassFixture<GpConnectApiFactory>
{
    private readonly FoundationsApi _api = new(factory);

    [Theory]
    [InlineData("1", "Z26556")]
    [InlineData("8", "Z33432")]
    [InlineData("3", "Z33433")]
    public async Task GivenAnAssuranceLocationId_WhenReadingIt_ThenReturnsTheLocationOfItsSite(string id, string siteCode)
    {
        var (response, location) = await _api.SendForJsonAsync(_api.Get($"Location/{id}", InteractionIds.ReadLocation));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        location["resourceType"]!.GetValue<string>().Should().Be("Location");
        location["id"]!.GetValue<string>().Should().Be(id);
        location["meta"]!["profile"]![0]!.GetValue<string>().Should().Be("https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Location-1");
        response.Headers.ETag!.ToString().Should().Be($"W/\"{location["meta"]!["versionId"]!.GetValue<string>()}\"");
        location["identifier"]!.AsArray().Should().Contain(i => i!["system"]!.GetValue<string>() == "https://fhir.nhs.uk/Id/ods-site-code" && i["value"]!.GetValue<string>() == siteCode);
        location["name"].Should().NotBeNull();
        location["address"].Should().NotBeNull();
        location["telecom"].Should().NotBeNull();
        location["managingOrganization"]!["reference"]!.GetValue<string>().Should().StartWith("Organization/");
        location["endpoint"].Should().BeNull();
    }

    [Theory]
    [InlineData("999")]
    [InlineData("Z26556")]
    public async Task GivenAnUnknownLogicalId_WhenReadingALocation_ThenReturns404NoRecordFound(string id)
    {
        var (response, body) = await _api.SendForJsonAsync(_api.Get($"Location/{id}", InteractionIds.ReadLocation));

        FoundationsApi.ShouldBeOutcome(response, body, HttpStatusCode.NotFound, "NO_RECORD_FOUND");
    }
}
