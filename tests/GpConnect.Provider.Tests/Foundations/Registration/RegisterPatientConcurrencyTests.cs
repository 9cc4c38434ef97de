using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using GpConnect.Provider.Store.Entities;
using GpConnect.Provider.Tests.Foundations.Patients;
using GpConnect.Provider.Tests.Foundations.Pipeline;
using GpConnect.Provider.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static GpConnect.Provider.Tests.Foundations.Registration.RegisterPatientRequests;

namespace GpConnect.Provider.Tests.Foundations.Registration;

/// <summary>
/// Register patient requests for the same person arriving together (Foundations, "Register patient": an active
/// registration of any type is DUPLICATE_REJECTED). Exactly one wins; every other one is told, truthfully, that a
/// concurrent request registered the patient, changes nothing, and is audited with the answer it got.
/// </summary>
[Trait("Category", "Integration")]
public sealed class RegisterPatientConcurrencyTests(GpConnectApiFactory factory) : IClassFixture<GpConnectApiFactory>
{
    private const int Together = 32;
    private readonly FoundationsApi _api = new(factory);

    [Fact]
    public async Task GivenAPersonNotYetRegistered_When32RegistrationsArriveTogether_ThenOneIs200AndTheOthers409DuplicateRejected()
    {
        var person = await _api.NewPdsPersonAsync();

        var answers = await RegisterTogetherAsync(person);

        await ShouldBeOneWinnerAsync(answers);
        var stored = await _api.QueryAsync(store => store.Patients.AsNoTracking().Where(p => p.NhsNumber == person.NhsNumber).ToListAsync(FoundationsApi.Cancellation));
        var patient = stored.Should().ContainSingle("the NHS number's unique index lets one new record in").Subject;
        patient.Version.Should().Be(1);
        patient.RegistrationType.Should().Be(RegistrationType.Temporary);
        patient.RegistrationStatus.Should().Be(RegistrationStatus.Active);
    }

    [Fact]
    public async Task GivenADeductedPatient_When32ReactivationsArriveTogether_ThenOneIs200AndTheOthers409DuplicateRejected()
    {
        var person = await _api.NewPdsPersonAsync();
        (await _api.SendAsync(_api.Register(Body(person)))).StatusCode.Should().Be(HttpStatusCode.OK);
        await _api.QueryAsync(async store =>
        {
            var registered = await store.Patients.SingleAsync(p => p.NhsNumber == person.NhsNumber, FoundationsApi.Cancellation);
            registered.RegistrationStatus = RegistrationStatus.Inactive;
            registered.RegistrationEnd = factory.Clock.GetUtcNow().UtcDateTime;
            return await store.SaveChangesAsync(FoundationsApi.Cancellation);
        });
        var deducted = await _api.StoredPatientAsync(person.NhsNumber);

        var answers = await RegisterTogetherAsync(person);

        await ShouldBeOneWinnerAsync(answers);
        var after = await _api.StoredPatientAsync(person.NhsNumber);
        after.Id.Should().Be(deducted.Id);
        after.Version.Should().Be(deducted.Version + 1, "only the winner's re-activation was written");
        after.RegistrationStatus.Should().Be(RegistrationStatus.Active);
        after.RegistrationType.Should().Be(RegistrationType.Temporary);
        after.RegistrationEnd.Should().BeNull();
    }

    /// <summary>Sends <see cref="Together"/> identical registrations at once (each with its own trace id) and returns what each got.</summary>
    private async Task<IReadOnlyList<(string TraceId, HttpStatusCode Status, JsonObject Body)>> RegisterTogetherAsync(PdsRecord person)
    {
        var builders = Enumerable.Range(0, Together).Select(_ => _api.Register(Body(person))).ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sending = builders.Select(async builder =>
        {
            await start.Task;
            var (response, body) = await _api.SendForJsonAsync(builder);
            using (response)
            {
                return (builder.SspTraceId, response.StatusCode, body);
            }
        }).ToList();
        start.SetResult();
        return await Task.WhenAll(sending);
    }

    private async Task ShouldBeOneWinnerAsync(IReadOnlyList<(string TraceId, HttpStatusCode Status, JsonObject Body)> answers)
    {
        answers.Count(a => a.Status == HttpStatusCode.OK).Should().Be(1);
        answers.Count(a => a.Status == HttpStatusCode.Conflict).Should().Be(Together - 1, "every other answer is a duplicate, none a 500");
        foreach (var (traceId, status, body) in answers)
        {
            var entry = await factory.SingleAuditEntryAsync(traceId);
            entry.OutcomeHttpStatus.Should().Be((int)status, "the audit entry records the answer the client got");
            if (status == HttpStatusCode.Conflict)
            {
                body["issue"]![0]!["details"]!["coding"]![0]!["code"]!.GetValue<string>().Should().Be("DUPLICATE_REJECTED");
                entry.OutcomeSpineCode.Should().Be("DUPLICATE_REJECTED");
            }
            else
            {
                entry.OutcomeSpineCode.Should().BeNull();
            }
        }
    }
}
