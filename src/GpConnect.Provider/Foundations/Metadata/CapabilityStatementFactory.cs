using GpConnect.Fhir.Stu3.Model;
using GpConnect.Provider.Foundations.Errors;
using GpConnect.Provider.Foundations.Fhir;
using GpConnect.Provider.Foundations.ServiceRoots;
using Hl7.Fhir.Model;

namespace GpConnect.Provider.Foundations.Metadata;

/// <summary>
/// The CapabilityStatement of each service root (foundations, "CapabilityStatement"): <c>version</c> is the GP Connect
/// specification version the root implements, <c>fhirVersion</c> 3.0.1, both wire formats, unknown elements
/// accepted. It lists only what the root really serves; each capability adds its resources and operations here
/// as it lands, so a consumer never discovers an interaction we would refuse.
/// </summary>
public sealed class CapabilityStatementFactory
{
    public const string FhirVersion = "3.0.1";

    public CapabilityStatement For(ServiceRoot root)
    {
        var statement = Base(root);
        if (root == ServiceRoot.Foundations)
        {
            FoundationsCapabilities.AddTo(statement);
        }

        return statement;
    }

    private static CapabilityStatement Base(ServiceRoot root) => new()
    {
        VersionElement = new FhirString(root.SpecificationVersion),
        NameElement = new FhirString(root.Name),
        StatusElement = new Code<PublicationStatus>(PublicationStatus.Active),
        DateElement = new FhirDateTime(ProviderSoftware.ReleaseDate),
        PublisherElement = new FhirString(ProviderSoftware.Name),
        DescriptionElement = new Markdown($"This server implements the GP Connect API version {root.SpecificationVersion}"),
        KindElement = new Code<CapabilityStatementKind>(CapabilityStatementKind.Capability),
        Software = new CapabilityStatement.SoftwareComponent
        {
            NameElement = new FhirString(ProviderSoftware.Name),
            VersionElement = new FhirString(ProviderSoftware.Version),
            ReleaseDateElement = new FhirDateTime(ProviderSoftware.ReleaseDate),
        },
        FhirVersionElement = new Id(FhirVersion),
        AcceptUnknownElement = new Code<UnknownContentCode>(UnknownContentCode.Both),
        FormatElement = [new Code(GpConnectMediaTypes.FhirJson), new Code(GpConnectMediaTypes.FhirXml)],
        // Every root answers errors in this profile, whatever else it serves.
        Profile = [new ResourceReference(OperationOutcomes.Profile)],
        Rest =
        [
            new CapabilityStatement.RestComponent
            {
                ModeElement = new Code<RestfulCapabilityMode>(RestfulCapabilityMode.Server),
                Security = new CapabilityStatement.SecurityComponent { CorsElement = new FhirBoolean(true) },
            },
        ],
    };
}
