using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Tests.Infrastructure;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Patients;

/// <summary>
/// The Foundations root's CapabilityStatement lists exactly the Foundations interactions it serves (Foundations,
/// "CapabilityStatement"), with the profiles they answer in.
/// </summary>
[Trait("Category", "Integration")]
public sealed class FoundationsCapabilityStatementTests(GpConnectApiFactory factory) : IClassFixture<GpConnectApiFactory>
{
    private readonly FoundationsApi _api = new(factory);

    [Fact]
    public async Task GivenTheFoundationsRoot_WhenReadingMetadata_ThenListsPatientOrganizationPractitionerLocationAndRegisterPatient()
    {
        var (response, statement) = await _api.SendForJsonAsync(_api.Get("metadata", InteractionIds.ReadMetadata));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var rest = statement["rest"]![0]!;
        var resources = rest["resource"]!.AsArray().ToDictionary(r => r!["type"]!.GetValue<string>(), r => (JsonObject)r!);
        resources.Keys.Should().BeEquivalentTo("Patient", "Organization", "Practitioner", "Location");
        foreach (var searchable in new[] { "Patient", "Organization", "Practitioner" })
        {
            Interactions(resources[searchable]).Should().BeEquivalentTo("read", "search-type");
            var parameter = resources[searchable]["searchParam"]!.AsArray().Should().ContainSingle().Subject!;
            parameter["name"]!.GetValue<string>().Should().Be("identifier");
            parameter["type"]!.GetValue<string>().Should().Be("token");
        }

        Interactions(resources["Location"]).Should().BeEquivalentTo("read");
        resources["Location"]["searchParam"].Should().BeNull();
        resources["Patient"]["profile"]!["reference"]!.GetValue<string>().Should().Be("https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1");

        var operation = rest["operation"]!.AsArray().Should().ContainSingle().Subject!;
        operation["name"]!.GetValue<string>().Should().Be("gpc.registerpatient");
        operation["definition"]!["reference"]!.GetValue<string>().Should().Be("https://fhir.nhs.uk/STU3/OperationDefinition/GPConnect-RegisterPatient-Operation-1");

        statement["profile"]!.AsArray().Select(p => p!["reference"]!.GetValue<string>()).Should().Contain(
        [
            "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1",
            "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Organization-1",
            "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Practitioner-1",
            "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-PractitionerRole-1",
            "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Location-1",
            "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-OperationOutcome-1",
        ]);
    }

    [Fact]
    public async Task GivenTheStructuredRoot_WhenReadingMetadata_ThenTheFoundationsInteractionsAreNotListed()
    {
        using var request = new GpConnectRequestBuilder(HttpMethod.Get, FoundationsApi.Root + "/structured/metadata", InteractionIds.ReadStructuredMetadata, factory.Clock).Build();
        using var response = await factory.CreateClient().SendAsync(request, FoundationsApi.Cancellation);
        var statement = JsonNode.Parse(await response.Content.ReadAsStringAsync(FoundationsApi.Cancellation))!;

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (statement["rest"]![0]!["resource"]?.AsArray() ?? []).Should().NotContain(r => r!["type"]!.GetValue<string>() == "Patient" || r["type"]!.GetValue<string>() == "Location");
        (statement["rest"]![0]!["operation"]?.AsArray() ?? []).Should().NotContain(o => o!["name"]!.GetValue<string>() == "gpc.registerpatient");
    }

    private static IEnumerable<string> Interactions(JsonObject resource) =>
        resource["interaction"]!.AsArray().Select(i => i!["code"]!.GetValue<string>());
}
