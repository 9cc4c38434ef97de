using GpConnect.Provider.Foundations.Locations;
using GpConnect.Provider.Foundations.Organizations;
using GpConnect.Provider.Foundations.Pds;
using GpConnect.Provider.Foundations.Practitioners;
using GpConnect.Provider.Foundations.Registration;

namespace GpConnect.Provider.Foundations.Patients;

/// <summary>Services of the Foundations interactions: Patient, Practitioner, Organization, Location and register patient.</summary>
public static class FoundationsInteractions
{
    public static IServiceCollection AddFoundationsInteractions(this IServiceCollection services)
    {
        services.AddScoped<IPersonalDemographicsService, LocalPdsDataset>();
        services.AddScoped<ActivePatientFilter>();
        services.AddScoped<PatientDirectory>();
        services.AddScoped<PractitionerDirectory>();
        services.AddScoped<OrganisationDirectory>();
        services.AddScoped<LocationDirectory>();
        services.AddScoped<PatientRegistration>();
        services.AddSingleton<RegisterPatientBodyReader>();
        return services;
    }
}
