using System.Net;
using FluentAssertions;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Store.Entities;
using GpConnect.Provider.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Patients;

/// <summary>
/// <c>GET [root]/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|[NHS number]</c> against the seeded assurance
/// patients (Foundations, "Patient search"): the error table row by row, and which patients are returned.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PatientSearchTests(GpConnectApiFactory factory) : IClassFixture<GpConnectApiFactory>
{
    private const string Patient2 = "9690937286";
    private readonly FoundationsApi _api = new(factory);

    public static TheoryData<string, string> PatientsNotReturned => new()
    {
        { "9999999999", "not on the provider" },
        { "9690938533", "sensitive (patient 9)" },
        { "9690938541", "sensitive (patient 10)" },
        { "9690938681", "deceased (patient 18)" },
        { "9690938142", "inactive (patient 21)" },
    };

    [Fact]
    public async Task GivenPatient2_WhenSearchingByNhsNumber_ThenReturnsASearchsetWithThatPatient()
    {
        var builder = Search(Patient2);

        var (response, body) = await _api.SendForJsonAsync(builder);

        var patients = FoundationsApi.ShouldBeSearchset(response, body, builder.SspTraceId);
        patients.Should().ContainSingle();
        FoundationsApi.NhsNumberOf(patients[0]).Should().Be(Patient2);
        body.ContainsKey("total").Should().BeFalse("GPConnect-Searchset-Bundle-1 forbids Bundle.total (0..0)");
    }

    [Fact]
    public async Task GivenAPatientSearch_WhenAnswered_ThenTheAuditEntryNamesTheNhsNumberSearchedFor()
    {
        var builder = Search("9690938533");

        using var response = await _api.SendAsync(builder);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var numbers = await _api.QueryAsync(store => store.AuditEntries.Where(e => e.SspTraceId == builder.SspTraceId).Select(e => e.PatientNhsNumber).ToListAsync(FoundationsApi.Cancellation));
        numbers.Should().Equal("9690938533");
    }

    [Theory]
    [MemberData(nameof(PatientsNotReturned))]
    public async Task GivenAPatientThatMustNotBeShared_WhenSearching_ThenReturnsAnEmptySearchset(string nhsNumber, string why)
    {
        var builder = Search(nhsNumber);

        var (response, body) = await _api.SendForJsonAsync(builder);

        FoundationsApi.ShouldBeSearchset(response, body, builder.SspTraceId).Should().BeEmpty(why);
    }

    [Fact]
    public async Task GivenPatient15WhoDissented_WhenSearching_ThenThePatientIsStillReturned()
    {
        var builder = Search("9690938576");

        var (response, body) = await _api.SendForJsonAsync(builder);

        FoundationsApi.ShouldBeSearchset(response, body, builder.SspTraceId).Should().ContainSingle();
    }

    [Theory]
    [InlineData("_format=application/fhir%2Bxml&identifier=")]
    [InlineData("identifier=", "&_format=application/fhir%2Bxml")]
    public async Task GivenFormatBeforeOrAfterIdentifier_WhenSearching_ThenReturnsTheBundleInXml(string before, string after = "")
    {
        using var response = await _api.SendAsync(_api.Get($"Patient?{before}{Identifier(Patient2)}{after}", InteractionIds.SearchPatient));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        GpConnectRequestBuilder.MediaTypeOf(response).Should().Be("application/fhir+xml");
        (await response.Content.ReadAsStringAsync(FoundationsApi.Cancellation)).Should().Contain(Patient2);
    }

    [Theory]
    [InlineData("&_count=1")]
    [InlineData("&_sort=name")]
    [InlineData("&unknownParameter=x")]
    public async Task GivenAParameterPatientSearchIgnores_WhenSearching_ThenReturnsThePatient(string extra)
    {
        var builder = _api.Get($"Patient?identifier={Identifier(Patient2)}{extra}", InteractionIds.SearchPatient);

        var (response, body) = await _api.SendForJsonAsync(builder);

        FoundationsApi.ShouldBeSearchset(response, body, builder.SspTraceId).Should().ContainSingle();
    }

    [Theory]
    [InlineData("Patient", "no identifier parameter")]
    [InlineData("Patient?Identifier=https://fhir.nhs.uk/Id/nhs-number%7C9690937286", "wrong-case parameter name")]
    [InlineData("Patient?IDENTIFIER=https://fhir.nhs.uk/Id/nhs-number%7C9690937286", "upper-case parameter name")]
    [InlineData("Patient?identifier=https://fhir.nhs.uk/Id/nhs-number%7C9690937286&identifier=https://fhir.nhs.uk/Id/nhs-number%7C9690937286", "identifier repeated")]
    public async Task GivenAMalformedSearch_WhenSearching_ThenReturns400BadRequest(string path, string why)
    {
        var (response, body) = await _api.SendForJsonAsync(_api.Get(path, InteractionIds.SearchPatient));

        FoundationsApi.ShouldBeOutcome(response, body, HttpStatusCode.BadRequest, "BAD_REQUEST");
        body["issue"]![0]!["diagnostics"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace(why);
    }

    [Theory]
    [InlineData("https://fhir.nhs.uk/Id/nhs-number%7C", "empty value")]
    [InlineData("9690937286", "no system")]
    [InlineData("%7C9690937286", "empty system")]
    [InlineData("%20%7C9690937286", "blank system")]
    [InlineData("", "empty parameter")]
    public async Task GivenAnIncompleteIdentifier_WhenSearching_ThenReturns422InvalidParameter(string identifier, string why)
    {
        var (response, body) = await _api.SendForJsonAsync(_api.Get($"Patient?identifier={identifier}", InteractionIds.SearchPatient));

        FoundationsApi.ShouldBeOutcome(response, body, HttpStatusCode.UnprocessableEntity, "INVALID_PARAMETER");
        body["issue"]![0]!["diagnostics"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace(why);
    }

    [Theory]
    [InlineData("http://fhir.nhs.net/Id/nhs-number")]
    [InlineData("https://fhir.nhs.uk/Id/NHS-NUMBER")]
    [InlineData("https://fhir.nhs.uk/Id/local-patient-identifier")]
    public async Task GivenAnUnsupportedIdentifierSystem_WhenSearching_ThenReturns400InvalidIdentifierSystem(string system)
    {
        var (response, body) = await _api.SendForJsonAsync(_api.Get($"Patient?identifier={system}%7C{Patient2}", InteractionIds.SearchPatient));

        FoundationsApi.ShouldBeOutcome(response, body, HttpStatusCode.BadRequest, "INVALID_IDENTIFIER_SYSTEM");
    }

    [Theory]
    [InlineData("9690937287")]
    [InlineData("969093728")]
    [InlineData("96909372866")]
    [InlineData("hello")]
    public async Task GivenAnNhsNumberFailingModulus11_WhenSearching_ThenReturns400InvalidNhsNumber(string nhsNumber)
    {
        var (response, body) = await _api.SendForJsonAsync(Search(nhsNumber));

        FoundationsApi.ShouldBeOutcome(response, body, HttpStatusCode.BadRequest, "INVALID_NHS_NUMBER");
    }

    [Fact]
    public async Task GivenAPatientWithAnUnverifiedNhsNumberThatPdsVerifies_WhenSearching_ThenItIsReturnedAndMarkedVerifiedWithOneAuditEntry()
    {
        var nhsNumber = "9690937294";
        await using var unverified = await UnverifiedAsync(nhsNumber);
        var builder = Search(nhsNumber);

        var (response, body) = await _api.SendForJsonAsync(builder);

        FoundationsApi.ShouldBeSearchset(response, body, builder.SspTraceId).Should().ContainSingle();
        var status = await _api.QueryAsync(store => store.Patients.Where(p => p.NhsNumber == nhsNumber).Select(p => p.NhsNumberStatus).SingleAsync(FoundationsApi.Cancellation));
        status.Should().Be(NhsNumberVerificationStatus.NumberPresentAndVerified);
        var audited = await _api.QueryAsync(store => store.AuditEntries.Where(e => e.SspTraceId == builder.SspTraceId)
            .Select(e => new { e.PatientNhsNumber, e.OutcomeHttpStatus }).ToListAsync(FoundationsApi.Cancellation));
        audited.Should().ContainSingle("the verification is saved with the request's one audit entry")
            .Which.Should().Be(new { PatientNhsNumber = (string?)nhsNumber, OutcomeHttpStatus = 200 });

        // Rows written by one PostgreSQL transaction carry the same xmin.
        var patientTransaction = await _api.QueryAsync(store => store.Database
            .SqlQuery<string>($"SELECT xmin::text AS \"Value\" FROM gpconnect.patients WHERE nhs_number = {nhsNumber}").SingleAsync(FoundationsApi.Cancellation));
        var auditTransaction = await _api.QueryAsync(store => store.Database
            .SqlQuery<string>($"SELECT xmin::text AS \"Value\" FROM gpconnect.audit_entries WHERE ssp_trace_id = {builder.SspTraceId}").SingleAsync(FoundationsApi.Cancellation));
        auditTransaction.Should().Be(patientTransaction, "the verification and its audit entry commit together");
    }

    [Fact]
    public async Task GivenAPatientWithAnUnverifiedNhsNumberPdsDoesNotKnow_WhenSearching_ThenReturnsAnEmptySearchset()
    {
        var nhsNumber = "9476718943";
        await using var unverified = await UnverifiedAsync(nhsNumber);
        var builder = Search(nhsNumber);

        var (response, body) = await _api.SendForJsonAsync(builder);

        FoundationsApi.ShouldBeSearchset(response, body, builder.SspTraceId).Should().BeEmpty();
    }

    private static string Identifier(string nhsNumber) => $"{FoundationsApi.NhsNumberSystem}%7C{nhsNumber}";

    private GpConnectRequestBuilder Search(string nhsNumber) =>
        _api.Get($"Patient?identifier={Identifier(nhsNumber)}", InteractionIds.SearchPatient);

    /// <summary>
    /// Marks the record's NHS number as needing a PDS trace until disposed, then verified again as seeded: the class
    /// shares one database, so no test may leave a record changed.
    /// </summary>
    private async Task<IAsyncDisposable> UnverifiedAsync(string nhsNumber)
    {
        await SetNhsNumberStatusAsync(nhsNumber, NhsNumberVerificationStatus.TraceRequired);
        return new Restore(() => SetNhsNumberStatusAsync(nhsNumber, NhsNumberVerificationStatus.NumberPresentAndVerified));
    }

    private Task<int> SetNhsNumberStatusAsync(string nhsNumber, NhsNumberVerificationStatus status) =>
        _api.QueryAsync(store => store.Patients.Where(p => p.NhsNumber == nhsNumber)
            .ExecuteUpdateAsync(update => update.SetProperty(p => p.NhsNumberStatus, status), FoundationsApi.Cancellation));

    private sealed class Restore(Func<Task> restore) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await restore();
    }
}
