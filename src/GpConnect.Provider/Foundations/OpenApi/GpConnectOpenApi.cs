using GpConnect.Provider.Foundations.Audit.Admin;
using GpConnect.Provider.Foundations.Fhir;
using GpConnect.Provider.Foundations.Interactions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.OpenApi;

namespace GpConnect.Provider.Foundations.OpenApi;

/// <summary>
/// The OpenAPI document at <c>/swagger/v1/swagger.json</c> (Development only): every GP Connect operation with its
/// interaction ID, parameters, SSP headers, the unsigned JWT as a bearer scheme, request bodies and every error
/// status with an OperationOutcome example (<see cref="GpConnectOperationFilter"/>); the administration endpoints in
/// a group of their own, behind the administrator key. FHIR resources are described as opaque objects: their
/// structure is the FHIR STU3 and GP Connect profiles', which Swashbuckle cannot walk.
/// </summary>
public static class GpConnectOpenApi
{
    public const string DocumentName = "v1";
    public const string JwtScheme = "GpConnectJwt";
    public const string AdminKeyScheme = "AdminApiKey";

    public static IServiceCollection AddGpConnectOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "GP Connect provider",
                Version = DocumentName,
                Description = "GP Connect 1.x (FHIR STU3) provider endpoints, as consumers reach them through the Spine Security "
                    + "Proxy, and the practice administration endpoints. Every GP Connect request needs the Ssp-* headers and "
                    + "an unsigned JWT (alg none) as a bearer token; tools/gpconnect-jwt.py makes one.",
            });
            options.AddSecurityDefinition(JwtScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "The GP Connect JWT: unsigned (\"alg\":\"none\"), exp = iat + 300, with requesting_device, "
                    + "requesting_organization, requesting_practitioner, reason_for_request and the interaction's requested_scope.",
            });
            options.AddSecurityDefinition(AdminKeyScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = AdminOptions.ApiKeyHeader,
                Description = "The administrator key configured as Admin:ApiKey.",
            });
            options.MapType<FhirResult>(() => new OpenApiSchema { Type = JsonSchemaType.Object, Description = "A FHIR STU3 resource." });
            options.TagActionsBy(description =>
                description.ActionDescriptor.EndpointMetadata.OfType<GpConnectInteractionAttribute>().FirstOrDefault() is { } interaction
                    ? [$"GP Connect: {interaction.Interaction.Capability}"]
                    : [.. description.ActionDescriptor.EndpointMetadata.OfType<ITagsMetadata>().SelectMany(t => t.Tags).DefaultIfEmpty("Other")]);
            options.OperationFilter<GpConnectOperationFilter>();
            options.OperationFilter<AdminOperationFilter>();
        });
        return services;
    }
}
