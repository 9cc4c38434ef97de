using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Patients;

/// <summary>
/// <c>GET [root]/Patient/[id]</c> (Foundations, "Patient read") and the CareConnect-GPC-Patient-1 shape every
/// Foundations Patient has (Foundations, "Patient population").
/// </summary>
[Trait("Category", "Integration")]
public sealed class PatientReadTests(GpConnectApiFactory factory) : IClassFixture<GpConnectApiFactory>
{
    private const string Patient2 = "9690937286";
    private readonly FoundationsApi _api = new(factory);

    [Fact]
    public async Task GivenPatient2_WhenReadingById_ThenReturnsThePatientWithAWeakETagOfItsVersion()
    {
        var id = await _api.PatientIdAsync(Patient2);

        var (response, body) = await _api.SendForJsonAsync(_api.Get($"Patient/{id}", InteractionIds.ReadPatient));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body["resourceType"]!.GetValue<string>().Should().Be("Patient");
        body["id"]!.GetValue<string>().Should().Be(id.ToString(CultureInfo.InvariantCulture));
        var versionId = body["meta"]!["versionId"]!.GetValue<string>();
        response.Headers.ETag!.ToString().Should().Be($"W/\"{versionId}\"");
    }

    [Theory]
    [InlineData("9690938533", "sensitive (patient 9)")]
    [InlineData("9690938681", "deceased (patient 18)")]
    [InlineData("9690938142", "inactive (patient 21)")]
    public async Task GivenAPatientThatMustNotBeShared_WhenReadingById_ThenReturns404PatientNotFound(string nhsNumber, string why)
    {
        var id = await _api.PatientIdAsync(nhsNumber);

        var (response, body) = await _api.SendForJsonAsync(_api.Get($"Patient/{id}", InteractionIds.ReadPatient));

        FoundationsApi.ShouldBeOutcome(response, body, HttpStatusCode.NotFound, "PATIENT_NOT_FOUND");
        response.Headers.ETag.Should().BeNull(why);
    }

    [Theory]
    [InlineData("999999")]
    [InlineData("not-a-number")]
    [InlineData("%09")]
    [InlineData("%20%20")]
    public async Task GivenAnUnknownLogicalId_WhenReadingById_ThenReturns404PatientNotFound(string id)
    {
        var (response, body) = await _api.SendForJsonAsync(_api.Get($"Patient/{id}", InteractionIds.ReadPatient));

        FoundationsApi.ShouldBeOutcome(response, body, HttpStatusCode.NotFound, "PATIENT_NOT_FOUND");
    }

    [Fact]
    public async Task GivenPatient2_WhenRead_ThenItHasTheCareConnectGpcPatientShape()
    {
        var id = await _api.PatientIdAsync(Patient2);
        var practiceId = await _api.QueryAsync(store => store.Organisations.Where(o => o.OdsCode == "B82617").Select(o => o.Id).SingleAsync(FoundationsApi.Cancellation));
        var stored = await _api.QueryAsync(store => store.Patients.SingleAsync(p => p.Id == id, FoundationsApi.Cancellation));

        var (_, patient) = await _api.SendForJsonAsync(_api.Get($"Patient/{id}", InteractionIds.ReadPatient));

        patient["meta"]!["profile"]![0]!.GetValue<string>().Should().Be("https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1");
        patient["meta"]!["versionId"]!.GetValue<string>().Should().Be(stored.Version.ToString(CultureInfo.InvariantCulture));

        var identifier = patient["identifier"]!.AsArray().Single()!;
        identifier["system"]!.GetValue<string>().Should().Be(FoundationsApi.NhsNumberSystem);
        var verification = identifier["extension"]!.AsArray().Single()!;
        verification["url"]!.GetValue<string>().Should().Be("https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSNumberVerificationStatus-1");
        verification["valueCodeableConcept"]!["coding"]![0]!["system"]!.GetValue<string>().Should().Be("https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1");
        verification["valueCodeableConcept"]!["coding"]![0]!["code"]!.GetValue<string>().Should().Be("01");

        var name = patient["name"]!.AsArray().Should().ContainSingle().Subject!;
        name["use"]!.GetValue<string>().Should().Be("official");
        name["family"]!.GetValue<string>().Should().Be("SKELLY");
        patient["gender"]!.GetValue<string>().Should().Be("male");
        patient["birthDate"]!.GetValue<string>().Should().Be("1925-04-21");
        patient["address"]!.AsArray().Should().OnlyContain(a => a!["use"] != null && a["text"] == null && a["state"] == null);
        patient["telecom"]!.AsArray().Should().NotBeEmpty().And.OnlyContain(t => t!["use"] != null && t["system"] != null);

        var contact = patient["contact"]!.AsArray().Should().ContainSingle().Subject!;
        contact["relationship"]![0]!["text"]!.GetValue<string>().Should().Be("Next of kin");
        contact["relationship"]![0]!["coding"].Should().BeNull();

        var registration = Extension(patient, "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-RegistrationDetails-1");
        SubExtensionUrls(registration).Should().BeEquivalentTo(["registrationPeriod", "registrationType", "preferredBranchSurgery"], "the GP Connect profile constrains registrationStatus to max 0");
        SubExtension(registration, "registrationType")["valueCodeableConcept"]!["coding"]![0]!["code"]!.GetValue<string>().Should().Be("R");
        SubExtension(registration, "preferredBranchSurgery")["valueReference"]!["reference"]!.GetValue<string>().Should().Be("Location/1");

        var communication = Extension(patient, "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSCommunication-1");
        SubExtension(communication, "language")["valueCodeableConcept"]!["coding"]![0]!["code"]!.GetValue<string>().Should().Be("en");

        patient["managingOrganization"]!["reference"]!.GetValue<string>().Should().Be($"Organization/{practiceId}");
        foreach (var forbidden in new[] { "maritalStatus", "multipleBirthBoolean", "multipleBirthInteger", "photo", "animal", "communication", "text" })
        {
            patient[forbidden].Should().BeNull($"{forbidden} SHALL NOT be populated");
        }

        patient["extension"]!.AsArray().Should().HaveCount(2, "only the registration details and NHS communication extensions are populated");
    }

    private static JsonObject Extension(JsonObject resource, string url) =>
        (JsonObject)resource["extension"]!.AsArray().Single(e => e!["url"]!.GetValue<string>() == url)!;

    private static JsonObject SubExtension(JsonObject extension, string url) =>
        (JsonObject)extension["extension"]!.AsArray().Single(e => e!["url"]!.GetValue<string>() == url)!;

    private static IEnumerable<string> SubExtensionUrls(JsonObject extension) =>
        extension["extension"]!.AsArray().Select(e => e!["url"]!.GetValue<string>());
}
