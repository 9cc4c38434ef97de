using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Tests.Foundations.Patients;
using GpConnect.Provider.Tests.Infrastructure;
using Xunit;
using static GpConnect.Provider.Tests.Foundations.Registration.RegisterPatientRequests;

namespace GpConnect.Provider.Tests.Foundations.Registration;

/// <summary>
/// The addresses and telecoms a register patient request may carry (Foundations, "Register patient": one home
/// address, one phone per use home/work/mobile, one email; MAY one temp address and one temp phone; nothing else),
/// compared with what the register response and a later Patient read return. Temporary details come back with the
/// end date of the temporary registration (three months after it starts). Each registration is of a person of its
/// own, put on the local PDS dataset by the test.
/// </summary>
[Trait("Category", "Integration")]
public sealed class RegisterPatientContactDetailsTests(GpConnectApiFactory factory) : IClassFixture<GpConnectApiFactory>
{
    private static readonly DateTimeOffset s_temporaryDetailsEnd = GpConnectApiFactoryBase.KnownInstant.AddMonths(3);
    private readonly FoundationsApi _api = new(factory);

    /// <summary>Address uses, and telecoms as system:use, that the operation accepts.</summary>
    public static TheoryData<string[], string[]> AllowedContactDetails => new()
    {
        { ["home"], ["phone:home"] },
        { ["temp"], ["phone:temp"] },
        { ["home", "temp"], ["phone:home", "phone:work", "phone:mobile", "phone:temp", "email:work"] },
        { [], ["email:home"] },
        { ["temp", "home"], ["email:temp", "phone:work"] },
        { [], ["email:mobile", "phone:mobile"] },
        { [], [] },
    };

    /// <summary>
    /// What the operation refuses, and how (the assurance pack's split, docs/decisions 0004 and 0008): a use or
    /// system it does not allow is 422 INVALID_RESOURCE, a repeated telecom use is 400 BAD_REQUEST. "-" leaves the
    /// use or system out; a third part "blank" sends an empty value.
    /// </summary>
    public static TheoryData<string[], string[], HttpStatusCode, string> RefusedContactDetails => new()
    {
        { ["work"], [], HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE" },
        { ["old"], [], HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE" },
        { ["-"], [], HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE" },
        { ["temp", "temp"], [], HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE" },
        { ["home", "home"], [], HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE" },
        { [], ["phone:old"], HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE" },
        { [], ["email:old"], HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE" },
        { [], ["phone:-"], HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE" },
        { [], ["email:-"], HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE" },
        { [], ["-:home"], HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE" },
        { [], ["fax:home"], HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE" },
        { [], ["pager:work"], HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE" },
        { [], ["url:home"], HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE" },
        { [], ["sms:mobile"], HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE" },
        { [], ["other:temp"], HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE" },
        { [], ["phone:home:blank"], HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE" },
        { [], ["phone:temp", "phone:temp"], HttpStatusCode.BadRequest, "BAD_REQUEST" },
        { [], ["phone:work", "phone:work"], HttpStatusCode.BadRequest, "BAD_REQUEST" },
        { [], ["email:work", "email:temp"], HttpStatusCode.BadRequest, "BAD_REQUEST" },
    };

    /// <summary>A value one character longer than its column keeps, and what the diagnostics must name.</summary>
    public static TheoryData<string, Action<JsonObject>> TooLongValues => new()
    {
        { "family", b => Name(b)["family"] = Characters(FieldLengths.Name + 1) },
        { "first given name", b => Name(b)["given"] = new JsonArray(Characters(FieldLengths.Name + 1)) },
        { "other given names", b => Name(b)["given"] = new JsonArray("Pat", Characters(60), Characters(60)) },
        { "prefix", b => Name(b)["prefix"] = new JsonArray(Characters(FieldLengths.Name + 1)) },
        { "home address's first line", b => PatientOf(b)["address"]![0]!["line"] = new JsonArray(Characters(FieldLengths.Name + 1)) },
        { "home address's other lines", b => PatientOf(b)["address"]![0]!["line"] = new JsonArray("1 Lane", Characters(60), Characters(60)) },
        { "temp address's city", b => PatientOf(b)["address"]!.AsArray().Add(WithCity(Address("temp"), Characters(FieldLengths.Name + 1))) },
        { "home address's postalCode", b => PatientOf(b)["address"]![0]!["postalCode"] = Characters(FieldLengths.Postcode + 1) },
        { "Patient.telecom[1].value", b => PatientOf(b)["telecom"]![1]!["value"] = Characters(FieldLengths.Telecom + 1) },
        { "Patient.telecom[2].value", b => PatientOf(b)["telecom"]!.AsArray().Add(Telecom("email", "work", Characters(FieldLengths.Telecom + 1))) },
        { "language code", b => PatientOf(b)["extension"] = new JsonArray(WithLanguage(NhsCommunication(), Characters(FieldLengths.EnumName + 1))) },
    };

    [Theory]
    [MemberData(nameof(AllowedContactDetails))]
    public async Task GivenAddressesAndTelecomsTheOperationAllows_WhenRegistering_ThenTheResponseAndALaterReadReturnWhatWasSent(string[] addressUses, string[] telecoms)
    {
        var person = await _api.NewPdsPersonAsync();
        var body = WithContactDetails(Body(person), addressUses, telecoms);

        var builder = _api.Register(body);
        var (response, bundle) = await _api.SendForJsonAsync(builder);

        var registered = FoundationsApi.ShouldBeSearchset(response, bundle, builder.SspTraceId).Should().ContainSingle().Subject;
        ShouldHoldWhatWasSent(registered, addressUses, telecoms);
        var (readResponse, read) = await _api.SendForJsonAsync(_api.Get($"Patient/{registered["id"]}", InteractionIds.ReadPatient));
        readResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        ShouldHoldWhatWasSent(read, addressUses, telecoms);
    }

    [Theory]
    [MemberData(nameof(RefusedContactDetails))]
    public async Task GivenAddressesOrTelecomsTheOperationRefuses_WhenRegistering_ThenReturnsTheTestPacksErrorAndStoresNothing(
        string[] addressUses, string[] telecoms, HttpStatusCode status, string spineCode)
    {
        var person = await _api.NewPdsPersonAsync();
        var body = WithContactDetails(Body(person), addressUses, telecoms);

        var (response, outcome) = await _api.SendForJsonAsync(_api.Register(body));

        FoundationsApi.ShouldBeOutcome(response, outcome, status, spineCode);
        outcome["issue"]![0]!["diagnostics"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        (await _api.IsStoredAsync(person.NhsNumber)).Should().BeFalse("a refused registration changes nothing");
    }

    [Theory]
    [MemberData(nameof(TooLongValues))]
    public async Task GivenAValueLongerThanTheStoreKeeps_WhenRegistering_ThenReturns422InvalidResourceNamingItAndStoresNothing(string named, Action<JsonObject> alter)
    {
        ArgumentNullException.ThrowIfNull(alter);
        var person = await _api.NewPdsPersonAsync();
        var body = Body(person);
        alter(body);

        var (response, outcome) = await _api.SendForJsonAsync(_api.Register(body));

        FoundationsApi.ShouldBeOutcome(response, outcome, HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE");
        outcome["issue"]![0]!["diagnostics"]!.GetValue<string>().Should().Contain(named).And.Contain("at most");
        (await _api.IsStoredAsync(person.NhsNumber)).Should().BeFalse("the value is refused before the store sees it");
    }

    [Fact]
    public async Task GivenValuesAsLongAsTheirColumns_WhenRegistering_ThenStoresAndReturnsThemWhole()
    {
        var family = Characters(FieldLengths.Name);
        var person = await _api.NewPdsPersonAsync(family);
        var body = Body(person);
        PatientOf(body)["address"]![0]!["line"] = new JsonArray(Characters(FieldLengths.Name));
        PatientOf(body)["address"]![0]!["postalCode"] = Characters(FieldLengths.Postcode);
        PatientOf(body)["telecom"] = new JsonArray(Telecom("phone", "temp", Characters(FieldLengths.Telecom)));

        var builder = _api.Register(body);
        var (response, bundle) = await _api.SendForJsonAsync(builder);

        var registered = FoundationsApi.ShouldBeSearchset(response, bundle, builder.SspTraceId).Should().ContainSingle().Subject;
        registered["name"]![0]!["family"]!.GetValue<string>().Should().Be(family);
        var stored = await _api.StoredPatientAsync(person.NhsNumber);
        stored.FamilyName.Should().Be(family);
        stored.AddressLine1.Should().HaveLength(FieldLengths.Name);
        stored.Postcode.Should().HaveLength(FieldLengths.Postcode);
        stored.TemporaryPhone.Should().HaveLength(FieldLengths.Telecom);
        stored.TemporaryDetailsEnd.Should().Be(s_temporaryDetailsEnd.UtcDateTime);
    }

    private static JsonObject WithContactDetails(JsonObject body, string[] addressUses, string[] telecoms)
    {
        // An empty array is not valid FHIR: no address or telecom at all is sent as none.
        var patient = PatientOf(body);
        patient.Remove("address");
        patient.Remove("telecom");
        if (addressUses.Length > 0)
        {
            patient["address"] = new JsonArray([.. addressUses.Select(use => (JsonNode)Address(use == "-" ? null : use))]);
        }

        if (telecoms.Length > 0)
        {
            patient["telecom"] = new JsonArray([.. telecoms.Select(SentTelecom)]);
        }

        return body;
    }

    private static JsonNode SentTelecom(string spec)
    {
        var parts = spec.Split(':');
        var system = parts[0] == "-" ? null : parts[0];
        var use = parts[1] == "-" ? null : parts[1];
        return Telecom(system, use, parts.Length > 2 && parts[2] == "blank" ? string.Empty : ValueFor(parts[0], parts[1]));
    }

    private static string ValueFor(string system, string use) => system == "email"
        ? $"pat.{use}@example.org"
        : use switch
        {
            "home" => "0113 496 0001",
            "work" => "0113 496 0002",
            "mobile" => "07700 900003",
            "temp" => "0113 496 0004",
            _ => "0113 496 0009",
        };

    /// <summary>Every address and telecom sent comes back as sent, temporary ones ending with the temporary registration; nothing else comes back.</summary>
    private static void ShouldHoldWhatWasSent(JsonObject patient, string[] addressUses, string[] telecoms)
    {
        var addresses = (patient["address"]?.AsArray() ?? []).Select(a => (
            Use: a!["use"]!.GetValue<string>(),
            Lines: string.Join('|', a["line"]!.AsArray().Select(l => l!.GetValue<string>())),
            City: a["city"]?.GetValue<string>(),
            District: a["district"]?.GetValue<string>(),
            PostalCode: a["postalCode"]?.GetValue<string>(),
            End: EndOf(a)));
        addresses.Should().BeEquivalentTo(addressUses.Select(use => (
            Use: use,
            Lines: $"1 {use} Lane|Shadwell",
            City: (string?)"Leeds",
            District: (string?)"West Yorkshire",
            PostalCode: (string?)"LS18 1AE",
            End: use == "temp" ? s_temporaryDetailsEnd : (DateTimeOffset?)null)));

        var returned = (patient["telecom"]?.AsArray() ?? []).Select(t => (
            System: t!["system"]!.GetValue<string>(),
            Use: t["use"]!.GetValue<string>(),
            Value: t["value"]!.GetValue<string>(),
            End: EndOf(t)));
        returned.Should().BeEquivalentTo(telecoms.Select(spec => spec.Split(':')).Select(parts => (
            System: parts[0],
            Use: parts[1],
            Value: ValueFor(parts[0], parts[1]),
            End: parts[1] == "temp" ? s_temporaryDetailsEnd : (DateTimeOffset?)null)));

        RegistrationSubExtensionUrls(patient).Should().NotContain("registrationStatus", "the GP Connect profile constrains it to max 0");
    }

    private static DateTimeOffset? EndOf(JsonNode? element) =>
        element?["period"]?["end"]?.GetValue<string>() is { } end ? DateTimeOffset.Parse(end, CultureInfo.InvariantCulture) : null;

    private static JsonObject Name(JsonObject body) => (JsonObject)PatientOf(body)["name"]![0]!;

    private static string Characters(int count) => new('A', count);

    private static JsonObject WithCity(JsonObject address, string city)
    {
        address["city"] = city;
        return address;
    }

    private static JsonObject WithLanguage(JsonObject nhsCommunication, string code)
    {
        nhsCommunication["extension"]![0]!["valueCodeableConcept"]!["coding"]![0]!["code"] = code;
        return nhsCommunication;
    }
}
