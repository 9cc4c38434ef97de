using GpConnect.Fhir.Stu3.Model;
using GpConnect.Provider.Foundations.Fhir;
using GpConnect.Provider.Foundations.Locations;
using GpConnect.Provider.Foundations.Organizations;
using GpConnect.Provider.Foundations.Patients;
using GpConnect.Provider.Foundations.Practitioners;
using GpConnect.Provider.Foundations.Registration;
using Hl7.Fhir.Model;

namespace GpConnect.Provider.Foundations.Metadata;

/// <summary>
/// What the Foundations root serves (Foundations, "CapabilityStatement"): Patient read and search by
/// <c>identifier</c>, Organization and Practitioner read and search by <c>identifier</c>, Location read, and the
/// <c>gpc.registerpatient</c> operation, with the profiles those answers conform to. Appointment Management adds its
/// own resources here when it lands.
/// </summary>
public static class FoundationsCapabilities
{
    public const string RegisterPatientOperation = "https://fhir.nhs.uk/STU3/OperationDefinition/GPConnect-RegisterPatient-Operation-1";

    public static IEnumerable<string> Profiles =>
    [
        PatientProfile.Profile,
        OrganizationMapper.Profile,
        PractitionerMapper.Profile,
        PractitionerRoleMapper.Profile,
        LocationMapper.Profile,
        SearchsetBundle.Profile,
    ];

    public static void AddTo(CapabilityStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        statement.Profile.AddRange(Profiles.Select(profile => new ResourceReference(profile)));
        var rest = statement.Rest[0];
        rest.Resource.Add(Resource(ResourceType.Patient, PatientProfile.Profile, searchable: true));
        rest.Resource.Add(Resource(ResourceType.Organization, OrganizationMapper.Profile, searchable: true));
        rest.Resource.Add(Resource(ResourceType.Practitioner, PractitionerMapper.Profile, searchable: true));
        rest.Resource.Add(Resource(ResourceType.Location, LocationMapper.Profile, searchable: false));
        rest.Operation.Add(new CapabilityStatement.OperationComponent
        {
            NameElement = new FhirString(RegisterPatientValidator.OperationName),
            Definition = new ResourceReference(RegisterPatientOperation),
        });
    }

    private static CapabilityStatement.ResourceComponent Resource(ResourceType type, string profile, bool searchable)
    {
        var resource = new CapabilityStatement.ResourceComponent
        {
            TypeElement = new Code<ResourceType>(type),
            Profile = new ResourceReference(profile),
            Interaction = [Interaction(TypeRestfulInteraction.Read)],
        };

        if (searchable)
        {
            resource.Interaction.Add(Interaction(TypeRestfulInteraction.SearchType));
            resource.SearchParam.Add(new CapabilityStatement.SearchParamComponent
            {
                NameElement = new FhirString(IdentifierSearchParameter.Name),
                TypeElement = new Code<SearchParamType>(SearchParamType.Token),
            });
        }

        return resource;
    }

    private static CapabilityStatement.ResourceInteractionComponent Interaction(TypeRestfulInteraction code) =>
        new() { CodeElement = new Code<TypeRestfulInteraction>(code) };
}
