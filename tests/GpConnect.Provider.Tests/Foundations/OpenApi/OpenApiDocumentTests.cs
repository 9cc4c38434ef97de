using System.Net;
using System.Reflection;
using System.Text.Json;
using FluentAssertions;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Tests.Foundations.Audit;
using Microsoft.AspNetCore.Hosting;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.OpenApi;

/// <summary>
/// The OpenAPI document served in Development is enough to call the provider from: every GP Connect operation with
/// its SSP headers, parameters, bearer JWT, bodies and OperationOutcome error examples; the administration endpoints
/// grouped apart behind their key. Outside Development there is no document.
/// </summary>
[Trait("Category", "Integration")]
public sealed class OpenApiDocumentTests(PracticeAdministrationApiFactory factory) : IClassFixture<PracticeAdministrationApiFactory>
{
    private const string DocumentPath = "/swagger/v1/swagger.json";
    private static readonly string[] ErrorStatuses = ["400", "403", "404", "415", "422", "500", "503"];

    [Fact]
    public async Task GivenDevelopment_WhenFetchingTheOpenApiDocument_ThenEveryGpConnectOperationIsThereWithHeadersJwtAndErrorExamples()
    {
        var document = await FetchAsync();

        var operations = GpConnectOperations(document).ToList();
        operations.Select(o => InteractionIdOf(o.Operation)).Should().BeEquivalentTo(ServedInteractionIds(), "every served interaction is documented once");
        foreach (var (path, _, operation) in operations)
        {
            var headers = operation.GetProperty("parameters").EnumerateArray()
                .Where(p => p.GetProperty("in").GetString() == "header").Select(p => p.GetProperty("name").GetString()).ToList();
            headers.Should().Contain(["Ssp-TraceID", "Ssp-From", "Ssp-To", "Ssp-InteractionID"], path);
            RequiresScheme(operation, "GpConnectJwt").Should().BeTrue(path);
            var responses = operation.GetProperty("responses");
            responses.TryGetProperty("200", out _).Should().BeTrue(path);
            foreach (var status in ErrorStatuses)
            {
                var example = responses.GetProperty(status).GetProperty("content").GetProperty("application/fhir+json").GetProperty("example");
                example.GetProperty("resourceType").GetString().Should().Be("OperationOutcome", $"{path} {status}");
                example.GetProperty("issue")[0].GetProperty("details").GetProperty("coding")[0].GetProperty("code").GetString().Should().NotBeNullOrEmpty();
            }
        }

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("GpConnectJwt");
        scheme.GetProperty("type").GetString().Should().Be("http");
        scheme.GetProperty("scheme").GetString().Should().Be("bearer");
    }

    [Fact]
    public async Task GivenDevelopment_WhenFetchingTheOpenApiDocument_ThenSearchParametersAndTheRegisterPatientBodyAreDescribed()
    {
        var document = await FetchAsync();
        var operations = GpConnectOperations(document).ToDictionary(o => InteractionIdOf(o.Operation), o => o.Operation);

        var patientSearch = operations[InteractionIds.SearchPatient].GetProperty("parameters").EnumerateArray();
        patientSearch.Should().Contain(p => p.GetProperty("name").GetString() == "identifier" && p.GetProperty("in").GetString() == "query"
            && p.GetProperty("required").GetBoolean());
        var register = operations[InteractionIds.RegisterPatient];
        register.GetProperty("requestBody").GetProperty("content").GetProperty("application/fhir+json")
            .GetProperty("example").GetProperty("resourceType").GetString().Should().Be("Parameters");
        register.GetProperty("responses").GetProperty("409").GetProperty("content").GetProperty("application/fhir+json")
            .GetProperty("example").GetProperty("issue")[0].GetProperty("details").GetProperty("coding")[0].GetProperty("code").GetString()
            .Should().Be("DUPLICATE_REJECTED");
    }

    [Fact]
    public async Task GivenDevelopment_WhenFetchingTheOpenApiDocument_ThenTheAdministrationEndpointsAreGroupedApartBehindTheirKey()
    {
        var document = await FetchAsync();

        var admin = AllOperations(document).Where(o => o.Path.StartsWith("/admin/", StringComparison.Ordinal)).ToList();
        admin.Select(o => $"{o.Method} {o.Path}").Should().Contain(
            ["get /admin/practices", "post /admin/practices", "patch /admin/practices/{odsCode}/switches", "get /admin/practices/{practiceOdsCode}/audit"]);
        admin.Should().OnlyContain(o => o.Operation.GetProperty("tags")[0].GetString() == "Practice administration");
        admin.Should().OnlyContain(o => RequiresScheme(o.Operation, "AdminApiKey"));
        AllOperations(document).Where(o => !o.Path.StartsWith("/admin/", StringComparison.Ordinal))
            .Should().NotContain(o => o.Operation.GetProperty("tags")[0].GetString() == "Practice administration");
        admin.Single(o => o.Method == "post").Operation.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _)
            .Should().BeTrue();
    }

    [Fact]
    public async Task GivenProduction_WhenFetchingTheOpenApiDocument_ThenThereIsNone()
    {
        await using var production = factory.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));

        using var response = await production.CreateClient().GetAsync(new Uri(DocumentPath, UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private async Task<JsonElement> FetchAsync()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri(DocumentPath, UriKind.Relative), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> AllOperations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(method => method.Name is "get" or "post" or "put" or "patch" or "delete")
                .Select(method => (path.Name, method.Name, method.Value)));

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> GpConnectOperations(JsonElement document) =>
        AllOperations(document).Where(o => o.Path.Contains("/gpconnect", StringComparison.Ordinal));

    private static bool RequiresScheme(JsonElement operation, string scheme) =>
        operation.TryGetProperty("security", out var security) && security[0].TryGetProperty(scheme, out _);

    private static string InteractionIdOf(JsonElement operation) =>
        operation.GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "Ssp-InteractionID")
            .GetProperty("schema").GetProperty("enum")[0].GetString()!;

    /// <summary>The interaction IDs the provider's own controllers declare.</summary>
    private static IEnumerable<string> ServedInteractionIds() =>
        typeof(Program).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods())
            .SelectMany(method => method.GetCustomAttributes<GpConnectInteractionAttribute>())
            .Select(attribute => attribute.InteractionId);
}
