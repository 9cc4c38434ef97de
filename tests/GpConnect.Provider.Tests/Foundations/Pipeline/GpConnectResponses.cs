using System.Net;
using System.Text.Json;
using FluentAssertions;
using GpConnect.Provider.Foundations.ServiceRoots;
using GpConnect.Provider.Store;
using GpConnect.Provider.Store.Entities;
using GpConnect.Provider.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Pipeline;

/// <summary>
/// What every refused GP Connect request must show: the status, a GPConnect-OperationOutcome-1 with the Spine code
/// and diagnostics naming what was wrong, <c>Cache-Control: no-store</c>, and exactly one audit entry with that outcome.
/// Read as plain JSON, so a fault in our own FHIR model cannot hide one in the response.
/// </summary>
public static class GpConnectResponses
{
    public const string OperationOutcomeProfile = "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-OperationOutcome-1";
    public const string SpineCodeSystem = "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1";

    /// <summary>Sends the request with a client of the factory's host.</summary>
    public static async Task<HttpResponseMessage> SendAsync(this GpConnectApiFactoryBase factory, GpConnectRequestBuilder request)
    {
        using var message = request.Build();
        return await factory.CreateClient().SendAsync(message, TestContext.Current.CancellationToken);
    }

    /// <summary>Asserts the refusal and its audit entry; returns the diagnostics for further checks.</summary>
    public static async Task<string> ShouldBeRefusedAsync(
        this HttpResponseMessage response,
        GpConnectApiFactoryBase factory,
        string? traceId,
        HttpStatusCode status,
        string spineCode,
        string diagnosticsMention)
    {
        var diagnostics = await response.ShouldBeOperationOutcomeAsync(status, spineCode);
        diagnostics.Should().Contain(diagnosticsMention);
        var entry = await factory.SingleAuditEntryAsync(traceId);
        entry.OutcomeHttpStatus.Should().Be((int)status);
        entry.OutcomeSpineCode.Should().Be(spineCode);
        return diagnostics;
    }

    /// <summary>Asserts a GPConnect-OperationOutcome-1 with one Spine coding; returns its diagnostics.</summary>
    public static async Task<string> ShouldBeOperationOutcomeAsync(this HttpResponseMessage response, HttpStatusCode status, string spineCode)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(status, body);
        (response.Headers.CacheControl?.NoStore).Should().BeTrue("every GP Connect response, errors included, is no-store");
        (response.Content.Headers.ContentType?.MediaType).Should().Be("application/fhir+json");
        (response.Content.Headers.ContentType?.CharSet).Should().Be("utf-8");

        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        root.GetProperty("resourceType").GetString().Should().Be("OperationOutcome");
        root.GetProperty("meta").GetProperty("profile")[0].GetString().Should().Be(OperationOutcomeProfile);
        var issue = root.GetProperty("issue").EnumerateArray().Should().ContainSingle().Subject;
        var coding = issue.GetProperty("details").GetProperty("coding").EnumerateArray().Should().ContainSingle().Subject;
        coding.GetProperty("system").GetString().Should().Be(SpineCodeSystem);
        coding.GetProperty("code").GetString().Should().Be(spineCode);
        coding.GetProperty("display").GetString().Should().NotBeNullOrWhiteSpace();
        return issue.GetProperty("diagnostics").GetString()!;
    }

    /// <summary>
    /// The one audit entry of the request with this trace id (fails on none or several). Null, for a request sent
    /// without a usable trace id, means the only entry in the trail: each test starts from an empty one.
    /// </summary>
    public static async Task<AuditEntry> SingleAuditEntryAsync(this GpConnectApiFactoryBase factory, string? traceId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ClinicalRecordDbContext>();
        var entries = await store.AuditEntries.AsNoTracking()
            .Where(e => traceId == null || e.SspTraceId == traceId)
            .ToListAsync(TestContext.Current.CancellationToken);
        return entries.Should().ContainSingle($"every GP Connect request leaves exactly one audit entry (trace {traceId})").Subject;
    }

    /// <summary>
    /// Changes the demo practice's switches for one test (reset the factory afterwards), and has the host forget the
    /// practice it cached unless <paramref name="forgetCachedPractice"/> is false (as when the store is changed by
    /// another process).
    /// </summary>
    public static async Task UpdateDemoPracticeAsync(this GpConnectApiFactoryBase factory, Action<Practice> change, bool forgetCachedPractice = true)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ClinicalRecordDbContext>();
        var practice = await store.Practices.Include(p => p.Organisation)
            .SingleAsync(p => p.Organisation.OdsCode == GpConnectApiFactoryBase.DemoPracticeOdsCode, TestContext.Current.CancellationToken);
        change(practice);
        await store.SaveChangesAsync(TestContext.Current.CancellationToken);
        if (forgetCachedPractice)
        {
            factory.Services.GetRequiredService<PracticeDirectory>().Forget();
        }
    }
}
