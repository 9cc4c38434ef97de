using System.Globalization;
using System.Text.Json.Nodes;
using GpConnect.Fhir.Stu3.Serialization;
using GpConnect.Provider.Foundations.Errors;
using GpConnect.Provider.Foundations.Fhir;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Foundations.ServiceRoots;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GpConnect.Provider.Foundations.OpenApi;

/// <summary>
/// Describes a GP Connect operation as a consumer must call it: its interaction ID and scope, the SSP headers, the
/// JWT, the search parameters and bodies its action reads by hand (so ApiExplorer cannot see them), FHIR media
/// types, and each error status the pipeline can answer with a GPConnect-OperationOutcome-1 example.
/// </summary>
public sealed class GpConnectOperationFilter : IOperationFilter
{
    private const string ProviderAsidExample = "918999198738";

    private static readonly Dictionary<string, (string Name, string Example, string Description)> s_searchParameters = new(StringComparer.Ordinal)
    {
        [InteractionIds.SearchPatient] = ("identifier", "https://fhir.nhs.uk/Id/nhs-number|9690937286", "The patient's NHS number: system|value."),
        [InteractionIds.SearchPractitioner] = ("identifier", "https://fhir.nhs.uk/Id/sds-user-id|G13579135", "The practitioner's SDS user id: system|value."),
        [InteractionIds.SearchOrganization] = ("identifier", "https://fhir.nhs.uk/Id/ods-organization-code|B82617", "The organisation's ODS code: system|value."),
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<GpConnectInteractionAttribute>().FirstOrDefault() is not { } attribute)
        {
            return;
        }

        var interaction = attribute.Interaction;
        operation.Summary = interaction.Id;
        operation.Description = $"Ssp-InteractionID `{interaction.Id}`; JWT requested_scope `{interaction.RequiredScope}`; "
            + $"reason_for_request `{interaction.ReasonForRequest}`; needs the practice's {interaction.Capability} switch.";
        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(GpConnectOpenApi.JwtScheme, context.Document)] = [] }];

        var parameters = operation.Parameters ?? [];
        foreach (var parameter in parameters.OfType<OpenApiParameter>().Where(p => p.Name == GpConnectRoutes.OdsCodeParameter))
        {
            parameter.Description = "The ODS code of the practice addressed (case-sensitive).";
            parameter.Example = JsonValue.Create("B82617");
        }

        parameters.Add(Header(GpConnectHeaders.SspTraceId, "A GUID the consumer gives each request; quoted in errors and the audit.", Text("uuid"), Guid.Empty.ToString()));
        parameters.Add(Header(GpConnectHeaders.SspFrom, "The consumer system's ASID (12 digits).", Pattern(@"^\d{12}$"), "200000000359"));
        parameters.Add(Header(GpConnectHeaders.SspTo, "This provider's ASID (GpConnect:ProviderAsid).", Pattern(@"^\d{12}$"), ProviderAsidExample));
        parameters.Add(Header(GpConnectHeaders.SspInteractionId, "The interaction ID of this operation, exactly.", Constant(interaction.Id), interaction.Id));
        if (s_searchParameters.TryGetValue(interaction.Id, out var search))
        {
            parameters.Add(new OpenApiParameter
            {
                Name = search.Name, In = ParameterLocation.Query, Required = true, Description = search.Description,
                Schema = Text(null), Example = JsonValue.Create(search.Example),
            });
        }

        parameters.Add(new OpenApiParameter
        {
            Name = "_format", In = ParameterLocation.Query, Required = false,
            Description = "Overrides Accept: application/fhir+json (default) or application/fhir+xml, or json/xml.",
            Schema = Text(null),
        });
        operation.Parameters = parameters;

        if (interaction.Id == InteractionIds.RegisterPatient)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "A FHIR Parameters resource with one registerPatient parameter holding the Patient to register.",
                Content = FhirContent(ParametersExample()),
            };
        }

        var responses = operation.Responses ?? [];
        responses["200"] = new OpenApiResponse { Description = "The resource or searchset Bundle.", Content = FhirContent(example: null) };
        foreach (var (error, diagnostics) in ErrorsOf(interaction))
        {
            responses[error.HttpStatus.ToString(CultureInfo.InvariantCulture)] = new OpenApiResponse
            {
                Description = $"{error.Code}: {diagnostics}",
                Content = FhirContent(OutcomeExample(error, diagnostics)),
            };
        }

        operation.Responses = responses;
    }

    /// <summary>Every refusal the pipeline can give any interaction, and the ones this interaction adds.</summary>
    private static IEnumerable<(SpineErrorCode Error, string Diagnostics)> ErrorsOf(GpConnectInteraction interaction)
    {
        yield return (SpineErrorCode.BadRequest, "The Ssp-From header is missing, empty or repeated.");
        yield return (SpineErrorCode.AccessDenied, $"{interaction.Capability} is not enabled for GP Connect at practice B82617.");
        yield return (SpineErrorCode.OrganisationNotFound, "No practice with ODS code A99999 is served here.");
        yield return (SpineErrorCode.UnsupportedMediaType, "The requested format is not supported.");
        yield return (SpineErrorCode.InvalidParameter, "The identifier parameter is missing its system or value.");
        if (interaction.Id == InteractionIds.RegisterPatient)
        {
            yield return (SpineErrorCode.DuplicateRejected, "The patient is already registered at this practice.");
        }

        yield return (SpineErrorCode.InternalServerError, "An unexpected error occurred (request 6f2a…).");
        yield return (SpineErrorCode.StoreUnavailable, "The clinical record store is unavailable; retry later (request 6f2a…).");
    }

    private static OpenApiParameter Header(string name, string description, OpenApiSchema schema, string example) => new()
    {
        Name = name, In = ParameterLocation.Header, Required = true, Description = description, Schema = schema,
        Example = JsonValue.Create(example),
    };

    private static OpenApiSchema Text(string? format) => new() { Type = JsonSchemaType.String, Format = format };

    private static OpenApiSchema Pattern(string pattern) => new() { Type = JsonSchemaType.String, Pattern = pattern };

    private static OpenApiSchema Constant(string value) => new() { Type = JsonSchemaType.String, Enum = [JsonValue.Create(value)!] };

    private static Dictionary<string, OpenApiMediaType> FhirContent(JsonNode? example)
    {
        var resource = new OpenApiSchema { Type = JsonSchemaType.Object, Description = "A FHIR STU3 resource." };
        return new(StringComparer.Ordinal)
        {
            [GpConnectMediaTypes.FhirJson] = new OpenApiMediaType { Schema = resource, Example = example },
            [GpConnectMediaTypes.FhirXml] = new OpenApiMediaType { Schema = resource },
        };
    }

    private static JsonNode OutcomeExample(SpineErrorCode error, string diagnostics) =>
        JsonNode.Parse(FhirStu3Serializer.Default.SerializeToJson(OperationOutcomes.For(error, diagnostics)))!;

    private static JsonNode ParametersExample() => JsonNode.Parse(
        """
        {"resourceType":"Parameters","parameter":[{"name":"registerPatient","resource":{"resourceType":"Patient",
        "identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9000000009"}],
        "name":[{"use":"official","family":"Smith","given":["Jane"]}],"gender":"female","birthDate":"1980-01-01"}}]}
        """)!;
}
