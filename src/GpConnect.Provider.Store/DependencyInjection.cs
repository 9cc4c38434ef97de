using GpConnect.Provider.Store;
using GpConnect.Provider.Store.Audit;
using GpConnect.Provider.Store.Pds;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the clinical record store: <see cref="StoreOptions"/> from the <c>"Database"</c> section, both provider
    /// contexts (only the configured one is ever built), <see cref="ClinicalRecordDbContext"/> resolving to the
    /// configured one, <see cref="TimeProvider.System"/> unless a clock is already registered, the
    /// <see cref="ClinicalRecordInitialiser"/>, the <see cref="AuditTrail"/>, and a hosted service that migrates and
    /// seeds at startup when configured. The provider is read when the context is resolved, so configuration added
    /// by a test host after this call still applies.
    /// </summary>
    public static IServiceCollection AddClinicalRecordStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StoreOptions>().Bind(configuration.GetSection(StoreOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LastUpdatedInterceptor>();

        // Pooled: building a context's options and internal services on every request cost more CPU than the
        // queries it then ran. Nothing scoped is injected into a context, so a pooled one carries nothing over.
        services.AddDbContextPool<SqliteClinicalRecordDbContext>((provider, builder) =>
        {
            SqliteClinicalRecordDbContext.Configure(builder, provider.GetRequiredService<IOptions<StoreOptions>>().Value.ResolveConnectionString());
            builder.AddInterceptors(provider.GetRequiredService<LastUpdatedInterceptor>());
        });
        services.AddDbContextPool<PostgresClinicalRecordDbContext>((provider, builder) =>
        {
            PostgresClinicalRecordDbContext.Configure(builder, provider.GetRequiredService<IOptions<StoreOptions>>().Value.ResolveConnectionString());
            builder.AddInterceptors(provider.GetRequiredService<LastUpdatedInterceptor>());
        });
        services.AddScoped<ClinicalRecordDbContext>(provider =>
            provider.GetRequiredService<IOptions<StoreOptions>>().Value.Provider switch
            {
                StoreProvider.Postgres => provider.GetRequiredService<PostgresClinicalRecordDbContext>(),
                _ => provider.GetRequiredService<SqliteClinicalRecordDbContext>(),
            });

        services.AddOptions<PdsOptions>().Bind(configuration.GetSection(PdsOptions.SectionName));
        services.AddSingleton<PdsDatasetSource>();
        services.AddScoped<PdsDatasetImport>();
        services.AddScoped<ClinicalRecordInitialiser>();
        services.AddSingleton<AuditTrail>();
        services.AddHostedService<ClinicalRecordStartup>();
        return services;
    }

    /// <summary>The same registration for a host builder, reading its configuration.</summary>
    public static IHostApplicationBuilder AddClinicalRecordStore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddClinicalRecordStore(builder.Configuration);
        return builder;
    }
}
