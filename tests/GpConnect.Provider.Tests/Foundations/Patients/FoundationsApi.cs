using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using GpConnect.Provider.Store;
using GpConnect.Provider.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Patients;

/// <summary>
/// Sends Foundations requests to the host through <see cref="GpConnectRequestBuilder"/> and reads the answers as plain
/// JSON (not through our FHIR model, so a serialiser fault cannot hide itself).
/// </summary>
public sealed class FoundationsApi(GpConnectApiFactoryBase factory)
{
    public const string Root = "/" + GpConnectApiFactoryBase.DemoPracticeOdsCode + "/STU3/1/gpconnect";
    public const string NhsNumberSystem = "https://fhir.nhs.uk/Id/nhs-number";
    public const string SpineErrorSystem = "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1";

    public static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public GpConnectRequestBuilder Get(string relativePath, string interactionId) =>
        new(HttpMethod.Get, Root + "/" + relativePath, interactionId, factory.Clock);

    public GpConnectRequestBuilder Post(string relativePath, string interactionId) =>
        new(HttpMethod.Post, Root + "/" + relativePath, interactionId, factory.Clock);

    public async Task<HttpResponseMessage> SendAsync(GpConnectRequestBuilder builder)
    {
        using var request = builder.Build();
        return await factory.CreateClient().SendAsync(request, Cancellation);
    }

    /// <summary>Sends and returns the status with the body parsed as JSON.</summary>
    public async Task<(HttpResponseMessage Response, JsonObject Body)> SendForJsonAsync(GpConnectRequestBuilder builder)
    {
        var response = await SendAsync(builder);
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        return (response, (JsonObject)JsonNode.Parse(text)!);
    }

    /// <summary>The logical id of the stored patient with this NHS number.</summary>
    public async Task<int> PatientIdAsync(string nhsNumber)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ClinicalRecordDbContext>();
        return await store.Patients.Where(p => p.NhsNumber == nhsNumber).Select(p => p.Id).SingleAsync(Cancellation);
    }

    /// <summary>Runs a query on the host's store.</summary>
    public async Task<T> QueryAsync<T>(Func<ClinicalRecordDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ClinicalRecordDbContext>());
    }

    public static void ShouldBeOutcome(HttpResponseMessage response, JsonObject body, HttpStatusCode status, string spineCode)
    {
        response.StatusCode.Should().Be(status);
        body["resourceType"]!.GetValue<string>().Should().Be("OperationOutcome");
        var coding = body["issue"]![0]!["details"]!["coding"]!.AsArray();
        coding.Should().ContainSingle();
        coding[0]!["system"]!.GetValue<string>().Should().Be(SpineErrorSystem);
        coding[0]!["code"]!.GetValue<string>().Should().Be(spineCode);
    }

    /// <summary>Asserts a GPConnect-Searchset-Bundle-1 echoing the trace id, with no fullUrl, and returns its resources.</summary>
    public static IReadOnlyList<JsonObject> ShouldBeSearchset(HttpResponseMessage response, JsonObject body, string traceId)
    {
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body["resourceType"]!.GetValue<string>().Should().Be("Bundle");
        body["type"]!.GetValue<string>().Should().Be("searchset");
        body["id"]!.GetValue<string>().Should().Be(traceId);
        body["meta"]!["profile"]![0]!.GetValue<string>().Should().Be("https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Searchset-Bundle-1");
        var entries = body["entry"]?.AsArray() ?? [];
        entries.Where(e => e!["fullUrl"] != null).Should().BeEmpty("entries carry no fullUrl");
        return [.. entries.Select(e => (JsonObject)e!["resource"]!)];
    }

    public static string NhsNumberOf(JsonObject patient) =>
        patient["identifier"]!.AsArray().Single(i => i!["system"]!.GetValue<string>() == NhsNumberSystem)!["value"]!.GetValue<string>();
}
