using GpConnect.Provider.Foundations.Errors;
using GpConnect.Provider.Foundations.Fhir;
using GpConnect.Provider.Foundations.Metadata;
using GpConnect.Provider.Foundations.Patients;
using GpConnect.Provider.Foundations.ServiceRoots;
using GpConnect.Fhir.Stu3.Serialization;
using GpConnect.Provider.Store;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.ResponseCompression;
using Serilog;

namespace GpConnect.Provider.Foundations;

public static class DependencyInjection
{
    public static WebApplicationBuilder AddGpConnectFoundations(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GpConnectOptions>()
            .BindConfiguration(GpConnectOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton(FhirStu3Serializer.Default);
        services.AddSingleton<FhirResponseWriter>();
        services.AddSingleton<CapabilityStatementFactory>();
        services.AddScoped<PracticeDirectory>();
        services.AddFoundationsInteractions();
        services.AddExceptionHandler<GpConnectExceptionHandler>();
        services.AddControllers();

        // The test pack checks gzip on /metadata; FHIR media types are not in the framework's default list.
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat([GpConnectMediaTypes.FhirJson, GpConnectMediaTypes.FhirXml]);
        });

        services.AddHealthChecks().AddDbContextCheck<ClinicalRecordDbContext>("clinical-record-store", tags: ["ready"]);

        if (builder.Configuration.GetValue<bool>($"{GpConnectOptions.SectionName}:{nameof(GpConnectOptions.EnableSwagger)}"))
        {
            services.AddEndpointsApiExplorer();
            services.AddSwaggerGen();
        }

        return builder;
    }

    public static WebApplication UseGpConnectPipeline(this WebApplication app)
    {
        // First, so it times and logs every request, including the ones later stages reject.
        app.UseSerilogRequestLogging();
        // Before anything that writes a body, so errors are compressed too.
        app.UseResponseCompression();
        // Before the error handlers, so their responses carry it too.
        app.UseMiddleware<NoStoreMiddleware>();
        // Exceptions from any later stage become OperationOutcomes: GpConnectExceptionHandler handles every one, so the
        // fallback pipeline given here never runs.
        app.UseExceptionHandler(_ => { });
        // Bare 404/405 from routing become OperationOutcomes too.
        app.UseStatusCodePages(StatusCodeOutcome.WriteAsync);
        app.UseRouting();
        // Needs the matched endpoint; undoes ASP.NET Core's case-insensitive literal matching.
        app.UseMiddleware<CaseSensitiveRoutingMiddleware>();
        // Needs the {odsCode} route value: an ODS code we do not host is a 404 before any interaction runs.
        app.UseMiddleware<PracticeResolutionMiddleware>();

        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<GpConnectOptions>>().Value.EnableSwagger)
        {
            app.UseSwagger();
            app.UseSwaggerUI();
        }

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapControllers();
        return app;
    }
}
