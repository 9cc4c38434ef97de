using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using FluentAssertions;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Store;
using GpConnect.Provider.Tests.Foundations.Pipeline;
using GpConnect.Provider.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace GpConnect.Provider.Tests.Fuzz;

/// <summary>
/// A bounded fuzz run against the provider on a real Kestrel listener and PostgreSQL store (issue 8, "tests that keep
/// it so"): a few thousand seeded requests, valid and broken in every family a consumer or proxy can break one, sent
/// over several connections at once. Whatever arrives, the provider must answer without a server error, every error
/// must be a GPConnect-OperationOutcome-1, every request to a GP Connect root must leave exactly one audit entry with
/// the status the client got, a refused request must create no patient, the log must carry none of the NHS numbers
/// sent, and the process must still answer at the end. The seed is printed, and <c>GPC_FUZZ_SEED</c> replays a run
/// (<c>GPC_FUZZ_REQUESTS</c> changes its size).
/// </summary>
[Trait("Category", "Integration")]
public sealed partial class RequestFuzzTests(KestrelLogCaptureApiFactory factory) : IClassFixture<KestrelLogCaptureApiFactory>
{
    private const string SeedVariable = "GPC_FUZZ_SEED";
    private const string RequestsVariable = "GPC_FUZZ_REQUESTS";
    private const int DefaultRequests = 2_000;
    private const int Connections = 8;

    [Fact]
    public async Task GivenThousandsOfGeneratedRequests_WhenSentToTheProvider_ThenNoServerErrorEveryErrorAnOperationOutcomeEachAuditedOnceAndNoNhsNumberLogged()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var seed = EnvironmentNumber(SeedVariable) ?? Random.Shared.Next();
        var count = EnvironmentNumber(RequestsVariable) ?? DefaultRequests;
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"Fuzz seed {seed}, {count} requests; set {SeedVariable}={seed} to replay this run.");

        using var starter = factory.CreateClient();
        var fuzzer = new RequestFuzzer(seed, starter.BaseAddress!, factory.Clock);
        var requests = Enumerable.Range(1, count).Select(fuzzer.Next).ToList();
        var patientsBefore = await PatientNhsNumbersAsync(cancellation);

        var answers = new FuzzAnswer[requests.Count];
        var stopwatch = Stopwatch.StartNew();
        using (var sender = new FuzzedRequestSender(Connections))
        {
            await Parallel.ForEachAsync(
                Enumerable.Range(0, requests.Count),
                new ParallelOptions { MaxDegreeOfParallelism = Connections, CancellationToken = cancellation },
                async (i, token) => answers[i] = await sender.SendAsync(requests[i], token));
        }

        output?.WriteLine($"Sent in {stopwatch.Elapsed.TotalSeconds:F1} s.");
        output?.WriteLine(Summary(requests, answers));

        var findings = new FuzzFindings();
        var spineCodes = CheckAnswers(requests, answers, findings);
        await CheckAuditTrailAsync(requests, answers, spineCodes, findings, cancellation);
        await CheckPatientsAsync(patientsBefore, requests, answers, findings, cancellation);
        CheckLog(fuzzer.NhsNumbersSent, findings);
        await CheckStillAnsweringAsync(findings, cancellation);

        var report = findings.Report(seed, count);
        output?.WriteLine(findings.IsEmpty ? "No findings." : report);
        findings.IsEmpty.Should().BeTrue(report);
    }

    /// <summary>No 5xx (the store is up, so not even 503), an answer to every request, and every error an OperationOutcome.</summary>
    private static string?[] CheckAnswers(List<FuzzedRequest> requests, FuzzAnswer[] answers, FuzzFindings findings)
    {
        var spineCodes = new string?[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            var (request, answer) = (requests[i], answers[i]);
            if (!answer.Arrived)
            {
                findings.Add($"no answer [{request.Shape}]", $"{request.Describe()}\n  -> {answer.Failure}");
                continue;
            }

            if (answer.Status >= 500)
            {
                var (code, _) = OperationOutcomeReader.Read(answer.MediaType, answer.Body);
                findings.Add($"server error {answer.Status} {code} [{request.Shape}]", Example(request, answer));
            }

            if (answer.Status >= 400 && !request.IsHead)
            {
                var (code, problem) = OperationOutcomeReader.Read(answer.MediaType, answer.Body);
                spineCodes[i] = code;
                if (problem is not null)
                {
                    findings.Add($"error {answer.Status} is not an OperationOutcome: {problem} [{request.Shape}]", Example(request, answer));
                }
            }
        }

        return spineCodes;
    }

    /// <summary>
    /// Exactly one entry per request to a GP Connect root, with the status and Spine code the client got: found by
    /// trace id where the request carried its own valid one, counted (per status and code) for the rest.
    /// </summary>
    private async Task CheckAuditTrailAsync(List<FuzzedRequest> requests, FuzzAnswer[] answers, string?[] spineCodes, FuzzFindings findings, CancellationToken cancellation)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var entries = await scope.ServiceProvider.GetRequiredService<ClinicalRecordDbContext>().AuditEntries.AsNoTracking()
            .Select(e => new { e.SspTraceId, e.OutcomeHttpStatus, e.OutcomeSpineCode })
            .ToListAsync(cancellation);
        var byTraceId = entries.ToLookup(e => e.SspTraceId, StringComparer.Ordinal);
        var correlated = requests.Where(r => r.UniqueTraceId is not null).Select(r => r.UniqueTraceId!).ToHashSet(StringComparer.Ordinal);
        var expectedUncorrelated = new List<string>();
        var unansweredUncorrelated = 0;

        for (var i = 0; i < requests.Count; i++)
        {
            var (request, answer) = (requests[i], answers[i]);
            var spineCode = answer.Status >= 400 ? spineCodes[i] : null;
            if (request.UniqueTraceId is { } traceId)
            {
                var found = byTraceId[traceId].ToList();
                if (!request.AddressesGpConnectRoot)
                {
                    if (found.Count > 0)
                    {
                        findings.Add($"audited outside the GP Connect roots [{request.Shape}]", Example(request, answer));
                    }
                }
                else if (found.Count != 1)
                {
                    findings.Add($"{found.Count} audit entries instead of 1, answered {answer.Status} [{request.Shape}]", Example(request, answer));
                }
                else if (answer.Arrived && (found[0].OutcomeHttpStatus != answer.Status || (!request.IsHead && found[0].OutcomeSpineCode != spineCode)))
                {
                    findings.Add(
                        $"audited as {found[0].OutcomeHttpStatus} {found[0].OutcomeSpineCode}, answered {answer.Status} {spineCode} [{request.Shape}]",
                        Example(request, answer));
                }
            }
            else if (request.AddressesGpConnectRoot)
            {
                if (answer.Arrived)
                {
                    expectedUncorrelated.Add(Outcome(answer.Status, spineCode));
                }
                else
                {
                    unansweredUncorrelated++;
                }
            }
        }

        var actualUncorrelated = entries.Where(e => !correlated.Contains(e.SspTraceId)).Select(e => Outcome(e.OutcomeHttpStatus, e.OutcomeSpineCode)).ToList();
        var expectedCounts = expectedUncorrelated.CountBy(o => o).ToDictionary(StringComparer.Ordinal);
        var actualCounts = actualUncorrelated.CountBy(o => o).ToDictionary(StringComparer.Ordinal);
        var surplus = 0;
        foreach (var outcome in expectedCounts.Keys.Union(actualCounts.Keys))
        {
            var difference = actualCounts.GetValueOrDefault(outcome) - expectedCounts.GetValueOrDefault(outcome);
            if (difference < 0)
            {
                findings.Add($"requests without their own trace id answered {outcome}: {-difference} more answers than audit entries", outcome);
            }

            surplus += Math.Max(difference, 0);
        }

        // A request that got no answer may still have been audited, with an outcome the client never saw.
        if (surplus > unansweredUncorrelated)
        {
            findings.Add($"{surplus} audit entries of requests without their own trace id match no answer", string.Join(", ", actualCounts.Select(c => $"{c.Key}: {c.Value}")));
        }
    }

    /// <summary>Only a registration the client was told succeeded may add a patient.</summary>
    private async Task CheckPatientsAsync(HashSet<string> before, List<FuzzedRequest> requests, FuzzAnswer[] answers, FuzzFindings findings, CancellationToken cancellation)
    {
        var after = await PatientNhsNumbersAsync(cancellation);
        var registered = requests.Zip(answers)
            .Where(pair => pair.First.Target.Contains("$gpc.registerpatient", StringComparison.Ordinal) && pair.Second.Status == 200)
            .SelectMany(pair => TenDigits().Matches(Encoding.UTF8.GetString(pair.Second.Body)).Select(m => m.Value))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var created in after.Except(before).Where(n => !registered.Contains(n)))
        {
            findings.Add("a patient was created by a request that was not answered 200", $"NHS number {created}");
        }
    }

    /// <summary>
    /// None of the NHS numbers sent, anywhere in any captured log event: a finding per property that carried one (a
    /// path property is in every event of its request), and per message template for the message and exception.
    /// </summary>
    private void CheckLog(IReadOnlyCollection<string> nhsNumbersSent, FuzzFindings findings)
    {
        var sent = nhsNumbersSent.ToHashSet(StringComparer.Ordinal);
        foreach (var logEvent in factory.Events)
        {
            foreach (var property in logEvent.Properties)
            {
                var value = property.Value.ToString();
                if (ContainsAny(value, sent))
                {
                    findings.Add($"an NHS number sent is in the log property {property.Key}", $"{logEvent.MessageTemplate.Text}: {property.Key}={FuzzedRequest.Cut(value, 300)}");
                }
            }

            var text = logEvent.MessageTemplate.Text + " " + logEvent.Exception;
            if (ContainsAny(text, sent))
            {
                findings.Add($"an NHS number sent is in the log message \"{logEvent.MessageTemplate.Text}\"", FuzzedRequest.Cut(text, 400));
            }
        }
    }

    private static bool ContainsAny(string text, HashSet<string> nhsNumbers)
    {
        foreach (Match run in DigitRuns().Matches(text))
        {
            for (var at = 0; at + 10 <= run.Length; at++)
            {
                if (nhsNumbers.Contains(run.Value.Substring(at, 10)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private async Task CheckStillAnsweringAsync(FuzzFindings findings, CancellationToken cancellation)
    {
        var metadata = new GpConnectRequestBuilder(HttpMethod.Get, PipelineTestBase.FoundationsMetadataPath, InteractionIds.ReadMetadata, factory.Clock);
        using var message = metadata.Build();
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(message, cancellation);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            findings.Add("the provider no longer answers a valid metadata request with 200", $"{(int)response.StatusCode}");
        }
    }

    private async Task<HashSet<string>> PatientNhsNumbersAsync(CancellationToken cancellation)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var numbers = await scope.ServiceProvider.GetRequiredService<ClinicalRecordDbContext>().Patients.AsNoTracking()
            .Select(p => p.NhsNumber).ToListAsync(cancellation);
        return numbers.ToHashSet(StringComparer.Ordinal);
    }

    private static string Example(FuzzedRequest request, FuzzAnswer answer) =>
        $"{request.Describe()}\n  -> {answer.Status} {answer.MediaType} {FuzzedRequest.Cut(Encoding.UTF8.GetString(answer.Body), 300)}";

    private static string Outcome(int status, string? spineCode) => $"{status} {spineCode}".TrimEnd();

    /// <summary>Answers by status per family of shapes, to see what the run exercised.</summary>
    private static string Summary(List<FuzzedRequest> requests, FuzzAnswer[] answers)
    {
        var summary = new StringBuilder("Answers by shape family:");
        foreach (var family in requests.Zip(answers).GroupBy(pair => pair.First.Shape.Split('/')[0]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var statuses = family.CountBy(pair => pair.Second.Arrived ? pair.Second.Status.ToString(CultureInfo.InvariantCulture) : "none")
                .OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}x{s.Value}");
            summary.Append(CultureInfo.InvariantCulture, $"\n  {family.Key}: {family.Count()} ({string.Join(", ", statuses)})");
        }

        return summary.ToString();
    }

    private static int? EnvironmentNumber(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    [GeneratedRegex(@"\d{10,}", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRuns();

    [GeneratedRegex(@"(?<!\d)\d{10}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex TenDigits();
}
