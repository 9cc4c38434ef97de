using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using GpConnect.Fhir.Stu3.Serialization;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Store.Entities;
using GpConnect.Provider.Tests.Foundations.Patients;
using GpConnect.Provider.Tests.Infrastructure;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static GpConnect.Provider.Tests.Foundations.Registration.RegisterPatientRequests;

namespace GpConnect.Provider.Tests.Foundations.Registration;

/// <summary>
/// <c>POST [root]/Patient/$gpc.registerpatient</c> (Foundations, "Register patient") against the local PDS dataset
/// (RegisterPatients.csv plus the PDS view of the seeded test patients). Each test registers a different person, so
/// the tests share one database without depending on each other.
/// </summary>
[Trait("Category", "Integration")]
public sealed class RegisterPatientTests(GpConnectApiFactory factory) : IClassFixture<GpConnectApiFactory>
{
    private readonly FoundationsApi _api = new(factory);

    [Fact]
    public async Task GivenAPersonKnownToPdsAndNotRegistered_WhenRegistering_ThenCreatesAnActiveTemporaryRegistration()
    {
        var builder = Register(Body("9651258500", "REA", "Clive", "male", "1951-03-10"));

        var (response, body) = await _api.SendForJsonAsync(builder);

        var patient = FoundationsApi.ShouldBeSearchset(response, body, builder.SspTraceId).Should().ContainSingle().Subject;
        FoundationsApi.NhsNumberOf(patient).Should().Be("9651258500");
        patient["meta"]!["profile"]![0]!.GetValue<string>().Should().Be("https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1");
        RegistrationCode(patient, "registrationType").Should().Be("T");
        RegistrationSubExtensionUrls(patient).Should().NotContain("registrationStatus", "the GP Connect profile constrains it to max 0");
        var stored = await _api.StoredPatientAsync("9651258500");
        stored.RegistrationType.Should().Be(RegistrationType.Temporary);
        stored.RegistrationStatus.Should().Be(RegistrationStatus.Active);
        stored.RegistrationStart.Should().Be(factory.Clock.GetUtcNow().UtcDateTime);
        stored.NhsNumberStatus.Should().Be(NhsNumberVerificationStatus.NumberPresentAndVerified);
    }

    [Fact]
    public async Task GivenAnXmlRequestAcceptingXml_WhenRegistering_ThenRegistersAndAnswersInXml()
    {
        var xml = FhirStu3Serializer.Default.SerializeToXml(FhirStu3Serializer.Default.ParseJson(Body("9651258578", "HYFLE", "Claude", "male", "1939-01-14").ToJsonString()));
        var builder = _api.Post(Operation, InteractionIds.RegisterPatient).WithBody(xml, "application/fhir+xml").WithAccept("application/fhir+xml");

        using var response = await _api.SendAsync(builder);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        GpConnectRequestBuilder.MediaTypeOf(response).Should().Be("application/fhir+xml");
        var bundle = FhirStu3Serializer.Default.ParseXml<Bundle>(await response.Content.ReadAsStringAsync(FoundationsApi.Cancellation));
        bundle.Entry.Should().ContainSingle().Which.Resource.Should().BeOfType<GpConnect.Fhir.Stu3.Model.Patient>();
        (await _api.StoredPatientAsync("9651258578")).RegistrationType.Should().Be(RegistrationType.Temporary);
    }

    [Fact]
    public async Task GivenASuccessfulRegistration_WhenItIsStored_ThenItsAuditEntryNamesThePatientAndTheOutcome()
    {
        var builder = Register(Body("9651258586", "TOOLE", "Felix", "male", "1934-08-13"));

        using var response = await _api.SendAsync(builder);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var entries = await AuditEntriesAsync(builder.SspTraceId);
        var entry = entries.Should().ContainSingle("a write and its audit entry are stored once, together").Subject;
        entry.InteractionId.Should().Be(InteractionIds.RegisterPatient);
        entry.PatientNhsNumber.Should().Be("9651258586");
        entry.OutcomeHttpStatus.Should().Be(200);
        entry.OutcomeSpineCode.Should().BeNull();
    }

    [Fact]
    public async Task GivenARefusedRegistration_WhenAnswered_ThenItsAuditEntryNamesThePatientAndTheSpineCode()
    {
        var builder = Register(Body("9690937278", "SAMUAL", "Lucien", "male", "1938-12-11"));

        using var response = await _api.SendAsync(builder);

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var entry = (await AuditEntriesAsync(builder.SspTraceId)).Should().ContainSingle().Subject;
        entry.PatientNhsNumber.Should().Be("9690937278");
        entry.OutcomeHttpStatus.Should().Be(409);
        entry.OutcomeSpineCode.Should().Be("DUPLICATE_REJECTED");
    }

    [Fact]
    public async Task GivenAPatientWithoutGender_WhenRegistering_ThenTheGenderComesFromPds()
    {
        var body = Body("9651258519", "SOFFE", "Oscar", "male", "1937-03-11");
        PatientOf(body).Remove("gender");

        var (response, _) = await _api.SendForJsonAsync(Register(body));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await _api.StoredPatientAsync("9651258519")).Gender.Should().Be(AdministrativeGender.Male);
    }

    [Fact]
    public async Task GivenAPatientRegisteredTemporarilyHere_WhenRegisteringAgain_ThenReturns409DuplicateRejected()
    {
        var body = Body("9651258527", "FLYNN", "Tommy", "male", "1950-04-10");
        (await _api.SendAsync(Register(body))).StatusCode.Should().Be(HttpStatusCode.OK);

        var (response, outcome) = await _api.SendForJsonAsync(Register(body));

        FoundationsApi.ShouldBeOutcome(response, outcome, HttpStatusCode.Conflict, "DUPLICATE_REJECTED");
    }

    [Fact]
    public async Task GivenPatient1RegularlyRegistered_WhenRegistering_ThenReturns409DuplicateRejectedAndNothingChanges()
    {
        var before = await _api.StoredPatientAsync("9690937278");

        var (response, outcome) = await _api.SendForJsonAsync(Register(Body("9690937278", "SAMUAL", "Lucien", "male", "1938-12-11")));

        FoundationsApi.ShouldBeOutcome(response, outcome, HttpStatusCode.Conflict, "DUPLICATE_REJECTED");
        var after = await _api.StoredPatientAsync("9690937278");
        after.RegistrationType.Should().Be(RegistrationType.Regular);
        after.Version.Should().Be(before.Version);
    }

    [Fact]
    public async Task GivenInactivePatient21_WhenRegistering_ThenReactivatesTheRecordAsTemporary()
    {
        var before = await _api.StoredPatientAsync("9690938142");

        var builder = Register(Body("9690938142", "BUCK", "Eve", "female", "1999-04-13"));
        var (response, body) = await _api.SendForJsonAsync(builder);

        var patient = FoundationsApi.ShouldBeSearchset(response, body, builder.SspTraceId).Should().ContainSingle().Subject;
        patient["id"]!.GetValue<string>().Should().Be(before.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        RegistrationCode(patient, "registrationType").Should().Be("T");
        var after = await _api.StoredPatientAsync("9690938142");
        after.RegistrationStatus.Should().Be(RegistrationStatus.Active);
        after.RegistrationType.Should().Be(RegistrationType.Temporary);
        after.RegistrationEnd.Should().BeNull();
        after.Version.Should().Be(before.Version + 1);
    }

    [Theory]
    [InlineData("9690938681", "ROONEY", "James", "male", "1968-02-03", "deceased on PDS (patient 18)")]
    [InlineData("9690938533", "CLAY", "Anita", "female", "2000-09-09", "sensitive on PDS (patient 9)")]
    [InlineData("9476718943", "HOPLEY", "Georgina", "female", "1927-05-15", "not on PDS (patient 14)")]
    [InlineData("9999999999", "NOBODY", "Nemo", "male", "1970-01-01", "not on PDS")]
    [InlineData("9651258535", "CONWAY", "Julius", "male", "1930-01-01", "date of birth does not verify")]
    public async Task GivenAPersonPdsCannotVerifyForRegistration_WhenRegistering_ThenReturns400InvalidPatientDemographics(
        string nhsNumber, string family, string given, string gender, string birthDate, string why)
    {
        var (response, outcome) = await _api.SendForJsonAsync(Register(Body(nhsNumber, family, given, gender, birthDate)));

        FoundationsApi.ShouldBeOutcome(response, outcome, HttpStatusCode.BadRequest, "INVALID_PATIENT_DEMOGRAPHICS");
        outcome["issue"]![0]!["diagnostics"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace(why);
    }

    [Fact]
    public async Task GivenPatient11WhoseNhsNumberIsSuperseded_WhenRegistering_ThenReturns400InvalidNhsNumber()
    {
        var (response, outcome) = await _api.SendForJsonAsync(Register(Body("9690938622", "HORN", "Alexi", "female", "1978-11-28")));

        FoundationsApi.ShouldBeOutcome(response, outcome, HttpStatusCode.BadRequest, "INVALID_NHS_NUMBER");
    }

    [Fact]
    public async Task GivenAFamilyNameThatDiffersFromPdsWithAMatchingBirthDate_WhenRegistering_ThenReturns400BadRequest()
    {
        var pds = await _api.QueryAsync(store => store.PdsRecords.SingleAsync(r => r.NhsNumber == "9651258543", FoundationsApi.Cancellation));

        var (response, outcome) = await _api.SendForJsonAsync(Register(Body(pds.NhsNumber, "NOTTHEIRNAME", pds.GivenName, "male", pds.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));

        FoundationsApi.ShouldBeOutcome(response, outcome, HttpStatusCode.BadRequest, "BAD_REQUEST");
    }

    public static TheoryData<string, Action<JsonObject>, HttpStatusCode, string> InvalidRequests => new()
    {
        { "no identifier", b => PatientOf(b).Remove("identifier"), HttpStatusCode.BadRequest, "INVALID_NHS_NUMBER" },
        { "NHS number fails Modulus 11", b => PatientOf(b)["identifier"]![0]!["value"] = "9000000008", HttpStatusCode.BadRequest, "INVALID_NHS_NUMBER" },
        { "NHS number not ten digits", b => PatientOf(b)["identifier"]![0]!["value"] = "hello", HttpStatusCode.BadRequest, "INVALID_NHS_NUMBER" },
        { "identifier without system", b => PatientOf(b)["identifier"]!.AsArray().Add(new JsonObject { ["value"] = "123" }), HttpStatusCode.BadRequest, "BAD_REQUEST" },
        { "no birthDate", b => PatientOf(b).Remove("birthDate"), HttpStatusCode.BadRequest, "BAD_REQUEST" },
        { "no official name", b => PatientOf(b)["name"]![0]!["use"] = "usual", HttpStatusCode.BadRequest, "BAD_REQUEST" },
        { "two official names", b => PatientOf(b)["name"]!.AsArray().Add(PatientOf(b)["name"]![0]!.DeepClone()), HttpStatusCode.BadRequest, "BAD_REQUEST" },
        { "no family name", b => ((JsonObject)PatientOf(b)["name"]![0]!).Remove("family"), HttpStatusCode.BadRequest, "BAD_REQUEST" },
        { "two home phones", b => PatientOf(b)["telecom"]!.AsArray().Add(Phone("home", "0113 000 0001")), HttpStatusCode.BadRequest, "BAD_REQUEST" },
        { "two emails", b => { PatientOf(b)["telecom"]!.AsArray().Add(Email("a@example.org")); PatientOf(b)["telecom"]!.AsArray().Add(Email("b@example.org")); }, HttpStatusCode.BadRequest, "BAD_REQUEST" },
        { "registerPatient twice", b => b["parameter"]!.AsArray().Add(b["parameter"]![0]!.DeepClone()), HttpStatusCode.BadRequest, "BAD_REQUEST" },
        { "another parameter", b => b["parameter"]!.AsArray().Add(new JsonObject { ["name"] = "other", ["valueString"] = "x" }), HttpStatusCode.BadRequest, "BAD_REQUEST" },
        { "no registerPatient parameter", b => b["parameter"]![0]!["name"] = "invalidName", HttpStatusCode.UnprocessableEntity, "INVALID_PARAMETER" },
        { "registerPatient holds an Organization", b => b["parameter"]![0]!["resource"] = new JsonObject { ["resourceType"] = "Organization", ["name"] = "X" }, HttpStatusCode.BadRequest, "BAD_REQUEST" },
        { "unknown resourceType in the parameter", b => PatientOf(b)["resourceType"] = "InvalidResourceType", HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE" },
        { "unknown resourceType at the top", b => b["resourceType"] = "InvalidResourceType", HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE" },
        { "unknown element", b => PatientOf(b)["notAnElement"] = "x", HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE" },
        { "deceased sent", b => PatientOf(b)["deceasedBoolean"] = false, HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE" },
        { "marital status sent", b => PatientOf(b)["maritalStatus"] = new JsonObject { ["text"] = "Married" }, HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE" },
        { "registration details sent", b => PatientOf(b)["extension"] = new JsonArray(new JsonObject { ["url"] = RegistrationDetailsExtension, ["extension"] = new JsonArray(new JsonObject { ["url"] = "registrationType", ["valueCodeableConcept"] = new JsonObject { ["text"] = "R" } }) }), HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE" },
        { "work address", b => PatientOf(b)["address"]![0]!["use"] = "work", HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE" },
        { "two home addresses", b => PatientOf(b)["address"]!.AsArray().Add(PatientOf(b)["address"]![0]!.DeepClone()), HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE" },
        { "two NHS communications", b => PatientOf(b)["extension"] = new JsonArray(NhsCommunication(), NhsCommunication()), HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task GivenAnInvalidRegisterPatientRequest_WhenRegistering_ThenReturnsTheTestPacksError(string change, Action<JsonObject> alter, HttpStatusCode status, string code)
    {
        ArgumentNullException.ThrowIfNull(alter);
        var body = Body("9651258551", "EVANS", "Paul", "male", "1932-12-29");
        alter(body);

        var (response, outcome) = await _api.SendForJsonAsync(Register(body));

        FoundationsApi.ShouldBeOutcome(response, outcome, status, code);
        outcome["issue"]![0]!["diagnostics"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace(change);
        (await _api.QueryAsync(store => store.Patients.AnyAsync(p => p.NhsNumber == "9651258551", FoundationsApi.Cancellation))).Should().BeFalse();
    }

    [Fact]
    public async Task GivenABodyThatIsNotJson_WhenRegistering_ThenReturns422InvalidResource()
    {
        var builder = _api.Post(Operation, InteractionIds.RegisterPatient).WithBody("{ \"resourceType\": \"Parameters\", ", FhirJson);

        var (response, outcome) = await _api.SendForJsonAsync(builder);

        FoundationsApi.ShouldBeOutcome(response, outcome, HttpStatusCode.UnprocessableEntity, "INVALID_RESOURCE");
    }

    [Fact]
    public async Task GivenAPatientInsteadOfParameters_WhenRegistering_ThenReturns400BadRequest()
    {
        var builder = _api.Post(Operation, InteractionIds.RegisterPatient).WithBody(PatientOf(Body("9651258551", "EVANS", "Paul", "male", "1932-12-29")).ToJsonString(), FhirJson);

        var (response, outcome) = await _api.SendForJsonAsync(builder);

        FoundationsApi.ShouldBeOutcome(response, outcome, HttpStatusCode.BadRequest, "BAD_REQUEST");
    }

    [Fact]
    public async Task GivenAnUnsupportedAccept_WhenRegistering_ThenReturns415AndRegistersNothing()
    {
        var builder = Register(Body("9651258691", "HYLAND", "Netta", "female", "1930-11-13")).WithAccept("text/html");

        using var response = await _api.SendAsync(builder);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        var registered = await _api.QueryAsync(store => store.Patients.AnyAsync(p => p.NhsNumber == "9651258691", FoundationsApi.Cancellation));
        registered.Should().BeFalse("a request refused for its format changes nothing");
        (await AuditEntriesAsync(builder.SspTraceId)).Should().ContainSingle()
            .Which.OutcomeHttpStatus.Should().Be((int)HttpStatusCode.UnsupportedMediaType);
    }

    private GpConnectRequestBuilder Register(JsonObject body) => _api.Register(body);

    private Task<List<AuditEntry>> AuditEntriesAsync(string traceId) =>
        _api.QueryAsync(store => store.AuditEntries.AsNoTracking().Where(e => e.SspTraceId == traceId).ToListAsync(FoundationsApi.Cancellation));

    private static string RegistrationCode(JsonObject patient, string part) =>
        patient["extension"]!.AsArray()
            .Single(e => e!["url"]!.GetValue<string>() == RegistrationDetailsExtension)!["extension"]!.AsArray()
            .Single(e => e!["url"]!.GetValue<string>() == part)!["valueCodeableConcept"]!["coding"]![0]!["code"]!.GetValue<string>();
}
