using System.Text;
using GpConnect.Fhir.Stu3.Serialization;
using GpConnect.Provider.Foundations.Audit;
using GpConnect.Provider.Foundations.Audit.Admin;
using GpConnect.Provider.Foundations.Capabilities;
using GpConnect.Provider.Foundations.Cors;
using GpConnect.Provider.Foundations.Errors;
using GpConnect.Provider.Foundations.Fhir;
using GpConnect.Provider.Foundations.Health;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Foundations.Jwt;
using GpConnect.Provider.Foundations.Limits;
using GpConnect.Provider.Foundations.Logging;
using GpConnect.Provider.Foundations.Metadata;
using GpConnect.Provider.Foundations.OpenApi;
using GpConnect.Provider.Foundations.Patients;
using GpConnect.Provider.Foundations.ServiceRoots;
using GpConnect.Provider.Foundations.Ssp;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Core;

namespace GpConnect.Provider.Foundations;

public static class DependencyInjection
{
    /// <summary>UTF-8 that replaces invalid bytes with U+FFFD instead of throwing.</summary>
    private static readonly UTF8Encoding s_lenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static WebApplicationBuilder AddGpConnectFoundations(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        // Kestrel answers a header value that is not valid UTF-8 with a bare 400 before any middleware runs: no
        // OperationOutcome, no audit entry. Decoded leniently, the invalid bytes become U+FFFD and the request meets
        // the SSP header, JWT and content negotiation checks like any other malformed header.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.RequestHeaderEncodingSelector = _ => s_lenientUtf8);
        services.AddOptions<GpConnectOptions>()
            .BindConfiguration(GpConnectOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName);
        services.AddRequestLimits();

        services.AddSingleton(FhirStu3Serializer.Default);
        services.AddSingleton<FhirResponseWriter>();
        services.AddSingleton<CapabilityStatementFactory>();
        services.AddSingleton<PracticeDirectory>();
        services.AddFoundationsInteractions();
        services.AddExceptionHandler<GpConnectExceptionHandler>();
        // A route id sent as whitespace must reach the interaction, which answers it as it answers any unknown id: MVC's
        // implicit [Required] on non-nullable strings would refuse it first, with application/problem+json.
        services.AddControllers(mvc => mvc.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true)
            // Whatever else model binding refuses is BAD_REQUEST as an OperationOutcome (through the exception handler),
            // never problem+json: nothing leaves a GP Connect root without an OperationOutcome.
            .ConfigureApiBehaviorOptions(api => api.InvalidModelStateResponseFactory = context => throw new GpConnectException(
                SpineErrorCode.BadRequest,
                "The request's " + string.Join(", ", context.ModelState.Where(e => e.Value?.Errors.Count > 0).Select(e => e.Key)) + " could not be read."));
        services.AddHttpContextAccessor();
        services.AddScoped<IGpConnectRequestContext, GpConnectRequestContext>();

        // The unsigned GP Connect JWT, validated by one rule table; GP Connect actions demand a caller through their
        // [GpConnectInteraction] (an IAuthorizeData naming this policy), so nothing else needs a JWT.
        services.AddSingleton<GpConnectJwtValidator>();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, GpConnectJwtHandler>(GpConnectJwtDefaults.Scheme, configureOptions: null);
        services.AddAuthorizationBuilder()
            .AddPolicy(GpConnectJwtDefaults.CallerPolicy, policy => policy
                .AddAuthenticationSchemes(GpConnectJwtDefaults.Scheme)
                .RequireAuthenticatedUser());

        services.AddScoped<RequestAudit>();
        services.AddScoped<IRequestAudit>(provider => provider.GetRequiredService<RequestAudit>());

        // Serilog picks enrichers up from the container (Program: ReadFrom.Services).
        services.AddSingleton<ILogEventEnricher, QueryStringRedactionEnricher>();
        services.AddSingleton<ILogEventEnricher, NhsNumberRedactionEnricher>();

        // The test pack checks gzip on /metadata; FHIR media types are not in the framework's default list.
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat([GpConnectMediaTypes.FhirJson, GpConnectMediaTypes.FhirXml]);
        });

        services.AddHealthChecks().AddCheck<ClinicalRecordStoreHealthCheck>(ClinicalRecordStoreHealthCheck.Name, tags: ["ready"]);
        services.AddGpConnectCors();

        if (builder.Configuration.GetValue<bool>($"{GpConnectOptions.SectionName}:{nameof(GpConnectOptions.EnableSwagger)}"))
        {
            services.AddGpConnectOpenApi();
        }

        return builder;
    }

    public static WebApplication UseGpConnectPipeline(this WebApplication app)
    {
        // First of all, so every line logged about the request, its completion event included, carries its Ssp-TraceID.
        app.UseMiddleware<SspTraceIdLogContext>();
        // Next, so it times and logs every request, including the ones later stages reject. The path it logs never
        // includes the query string (a patient search carries the NHS number there); the GP Connect correlation
        // fields are added to its one completion event, which is also the one event of a failure.
        app.UseSerilogRequestLogging(options =>
        {
            // The host's configured logger: Program keeps the static one for start-up only (preserveStaticLogger).
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.IncludeQueryInRequestPath = false;
            options.EnrichDiagnosticContext = SspDiagnostics.Enrich;
            options.GetLevel = RequestLogLevels.Of;
        });
        // Before the SSP checks and the audit: a browser's preflight carries neither SSP headers nor a JWT and reaches
        // no interaction. Its headers are added as a response starts, so error responses carry them too.
        app.UseWhen(ServiceRootRequests.IsGpConnectRequest, branch => branch.UseCors(GpConnectCors.PolicyName));
        // Before anything that writes a body, so errors are compressed too.
        app.UseResponseCompression();
        // Before the error handlers, so their responses carry it too.
        app.UseMiddleware<NoStoreMiddleware>();
        // Outside the exception handler, so the entry it writes as the response starts sees the final status and the
        // Spine code the handler chose, for requests refused by any later stage.
        app.UseMiddleware<AuditMiddleware>();
        // Inside the audit, so a failure that escapes the exception handler is answered, and audited, as a 500
        // OperationOutcome rather than reaching the host's developer page.
        app.UseMiddleware<LastResortOutcomeMiddleware>();
        // Exceptions from any later stage become OperationOutcomes: GpConnectExceptionHandler handles every one, so the
        // fallback pipeline given here never runs.
        app.UseExceptionHandler(_ => { });
        // Bare 404/405 from routing become OperationOutcomes too.
        app.UseStatusCodePages(StatusCodeOutcome.WriteAsync);
        // Before anything reads the request: a URL, headers or body over the documented limits is refused first.
        app.UseMiddleware<RequestLimitsMiddleware>();
        // Before routing: the SSP headers are checked on every GP Connect request, including URLs that match nothing,
        // and routing never depends on them.
        app.UseMiddleware<SspHeaderMiddleware>();
        app.UseRouting();
        // Needs the matched endpoint; undoes ASP.NET Core's case-insensitive literal matching.
        app.UseMiddleware<CaseSensitiveRoutingMiddleware>();
        // Needs the {odsCode} route value: an ODS code we do not host is a 404 before any interaction runs.
        app.UseMiddleware<PracticeResolutionMiddleware>();
        // Needs the endpoint's [GpConnectInteraction]; before the JWT, whose scope and reason rules depend on the interaction.
        app.UseMiddleware<InteractionIdMiddleware>();
        // GpConnectJwtHandler runs for endpoints demanding a GP Connect caller; a failing rule answers through the exception handler.
        app.UseAuthentication();
        app.UseAuthorization();
        // Needs the practice and the interaction, and comes after the caller is known: a disabled capability is 403 ACCESS DENIED.
        app.UseMiddleware<CapabilitySwitchMiddleware>();
        // Last before the interaction runs: a request refused for its format (415) must not have changed anything.
        app.UseMiddleware<ResponseFormatMiddleware>();

        if (app.Services.GetRequiredService<IOptions<GpConnectOptions>>().Value.EnableSwagger)
        {
            app.UseSwagger();
            app.UseSwaggerUI();
        }

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthReportWriter.WriteAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = HealthReportWriter.WriteAsync,
        });
        app.MapControllers();

        // The practice's window on its audit trail and its onboarding, only when an administrator key is configured.
        if (!string.IsNullOrEmpty(app.Services.GetRequiredService<IOptions<AdminOptions>>().Value.ApiKey))
        {
            app.MapPracticeAudit();
            app.MapPracticeAdministration();
        }

        return app;
    }
}
