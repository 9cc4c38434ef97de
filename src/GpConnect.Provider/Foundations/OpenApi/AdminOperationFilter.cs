using GpConnect.Provider.Foundations.Audit.Admin;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GpConnect.Provider.Foundations.OpenApi;

/// <summary>Puts the administration endpoints behind the administrator key scheme.</summary>
public sealed class AdminOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (context.ApiDescription.RelativePath?.StartsWith("admin/", StringComparison.Ordinal) != true)
        {
            return;
        }

        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(GpConnectOpenApi.AdminKeyScheme, context.Document)] = [] }];
        operation.Description ??= $"Served only when Admin:ApiKey is configured; send it in {AdminOptions.ApiKeyHeader}.";
    }
}
