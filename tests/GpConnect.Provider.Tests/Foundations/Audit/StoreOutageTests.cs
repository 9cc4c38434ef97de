using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using FluentAssertions;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Store;
using GpConnect.Provider.Store.Entities;
using GpConnect.Provider.Tests.Foundations.Patients;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Audit;

/// <summary>
/// The store dies under load and comes back (fault test): reads answer 503 OperationOutcomes while it is down,
/// never a 500 or an empty response; service returns within seconds of the restart; every 200 was audited before it
/// was sent, and every refusal answered during the outage is audited once the store is back (the audit journal,
/// docs/decisions/0011), each exactly once, with the status and Spine code the consumer received.
/// </summary>
[Trait("Category", "Integration")]
public sealed class StoreOutageTests(StoreOutageApiFactory factory) : IClassFixture<StoreOutageApiFactory>
{
    private const int Workers = 6;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan RecoveryLimit = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan AuditCatchUpLimit = TimeSpan.FromSeconds(15);

    private readonly FoundationsApi _api = new(factory);

    [Fact(Timeout = 60_000)]
    public async Task GivenPostgresStoppedAndRestartedUnderLoad_WhenRequestsKeepArriving_ThenOnly503sWhileDownAndEveryResponseIsAuditedOnce()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var patientId = await _api.PatientIdAsync("9690937286");
        var clock = Stopwatch.StartNew();
        var answered = new ConcurrentQueue<Answer>();
        using var stopLoad = new CancellationTokenSource();
        var load = Enumerable.Range(0, Workers).Select(worker => Task.Run(() => SendUntilStoppedAsync(worker, patientId, clock, answered, stopLoad.Token), cancellation)).ToList();

        // Load first: every worker has been served before the store goes.
        (await FirstReadServedAfterAsync(answered, TimeSpan.Zero, clock, cancellation, servedReads: Workers)).Should().BeLessThan(RecoveryLimit + RecoveryLimit);
        var stopping = clock.Elapsed;
        await factory.StopStoreAsync();
        await Task.Delay(Outage, cancellation);
        await factory.StartStoreAgainAsync();
        var restarted = clock.Elapsed;
        var recovered = await FirstReadServedAfterAsync(answered, restarted, clock, cancellation);
        await Task.Delay(TimeSpan.FromSeconds(1), cancellation);
        await stopLoad.CancelAsync();
        await Task.WhenAll(load);

        var answers = answered.ToList();
        var reads = answers.Where(a => a.Read).ToList();
        reads.Should().OnlyContain(a => a.Status == 200 || (a.Status == 503 && a.SpineCode == "INTERNAL_SERVER_ERROR"),
            "a read is served, or refused as a 503 OperationOutcome while the store is down; never a 500 or an empty response");
        reads.Should().Contain(a => a.Status == 503 && a.At > stopping, "the store really was down");
        reads.Where(a => a.At < stopping).Should().OnlyContain(a => a.Status == 200, "the store was up before the outage");
        answers.Where(a => !a.Read).Should().OnlyContain(a => a.Status == 400 && a.SpineCode == "BAD_REQUEST");
        answers.Where(a => !a.Read && a.At > stopping && a.At < restarted).Should().NotBeEmpty("refusals were answered during the outage");
        (recovered - restarted).Should().BeLessThan(RecoveryLimit, "service returns within seconds of the store");

        var caughtUp = Stopwatch.StartNew();
        var entries = await AuditEntriesOnceCaughtUpAsync(answers.Count, cancellation);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{answers.Count} answers: {reads.Count(a => a.Status == 200)} reads served, {reads.Count(a => a.Status == 503)} reads 503, "
            + $"{answers.Count(a => !a.Read)} refusals; served again {(recovered - restarted).TotalSeconds:F1} s after the restart; "
            + $"{entries.Count} entries, all stored {caughtUp.Elapsed.TotalSeconds:F1} s after the load stopped");
        entries.Should().HaveCount(answers.Count, "every answered request is audited exactly once, refusals from the outage included");
        entries.Select(e => e.SspTraceId).Should().OnlyHaveUniqueItems();
        var byTrace = entries.ToDictionary(e => e.SspTraceId);
        answers.Should().OnlyContain(a => byTrace.ContainsKey(a.TraceId)
            && byTrace[a.TraceId].OutcomeHttpStatus == a.Status
            && byTrace[a.TraceId].OutcomeSpineCode == a.SpineCode);
        entries.Select(e => e.SequenceNumber).Should().Equal(Enumerable.Range(1, entries.Count).Select(n => (long)n), "the trail stays gap-free");
    }

    private async Task SendUntilStoppedAsync(int worker, int patientId, Stopwatch clock, ConcurrentQueue<Answer> answered, CancellationToken stop)
    {
        var client = factory.CreateClient();
        for (var i = worker; !stop.IsCancellationRequested; i++)
        {
            // Every fourth request is refused before it needs the store (no Ssp-From): its entry is journaled during the outage.
            var read = i % 4 != 0;
            var request = _api.Get($"Patient/{patientId}", InteractionIds.ReadPatient);
            if (!read)
            {
                request.WithoutHeader("Ssp-From");
            }

            using var message = request.Build();
            using var response = await client.SendAsync(message, CancellationToken.None);
            var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
            answered.Enqueue(new Answer(request.SspTraceId, read, (int)response.StatusCode, SpineCodeOf(body), clock.Elapsed));
        }
    }

    /// <summary>When the <paramref name="servedReads"/>th read after <paramref name="since"/> was served, waiting for it a bounded time.</summary>
    private static async Task<TimeSpan> FirstReadServedAfterAsync(
        ConcurrentQueue<Answer> answered, TimeSpan since, Stopwatch clock, CancellationToken cancellation, int servedReads = 1)
    {
        while (clock.Elapsed - since < RecoveryLimit + RecoveryLimit)
        {
            var served = answered.Where(a => a.Read && a.Status == 200 && a.At > since).Select(a => a.At).Order().ToList();
            if (served.Count >= servedReads)
            {
                return served[servedReads - 1];
            }

            await Task.Delay(100, cancellation);
        }

        return TimeSpan.MaxValue;
    }

    private async Task<List<AuditEntry>> AuditEntriesOnceCaughtUpAsync(int expected, CancellationToken cancellation)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var entries = await scope.ServiceProvider.GetRequiredService<ClinicalRecordDbContext>().AuditEntries.AsNoTracking()
                .OrderBy(e => e.SequenceNumber).ToListAsync(cancellation);
            if (entries.Count >= expected || waited.Elapsed > AuditCatchUpLimit)
            {
                return entries;
            }

            await Task.Delay(250, cancellation);
        }
    }

    /// <summary>The Spine code of an OperationOutcome body, or null for anything else (a resource, an empty body).</summary>
    private static string? SpineCodeOf(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.GetProperty("resourceType").GetString() == "OperationOutcome"
                ? json.RootElement.GetProperty("issue")[0].GetProperty("details").GetProperty("coding")[0].GetProperty("code").GetString()
                : null;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            return "(not an OperationOutcome)";
        }
    }

    private sealed record Answer(string TraceId, bool Read, int Status, string? SpineCode, TimeSpan At);
}
