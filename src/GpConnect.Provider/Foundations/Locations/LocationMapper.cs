using System.Globalization;
using GpConnect.Provider.Foundations.Fhir;
using GpConnect.Provider.Foundations.Patients;
using Hl7.Fhir.Model;
using Entities = GpConnect.Provider.Store.Entities;
using Stu3 = GpConnect.Fhir.Stu3.Model;

namespace GpConnect.Provider.Foundations.Locations;

/// <summary>
/// A surgery (main or branch) as CareConnect-GPC-Location-1 (Foundations, "Location read"): name, address, telecom,
/// the managing practice, the ODS site code and local code where known; never <c>endpoint</c>.
/// </summary>
public static class LocationMapper
{
    public const string Profile = "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Location-1";

    /// <summary>Maps <paramref name="location"/>; pass its site (when it has one) to carry the ODS site code.</summary>
    public static Stu3.Location ToFhir(Entities.Location location, Entities.Organisation? site)
    {
        ArgumentNullException.ThrowIfNull(location);
        var resource = new Stu3.Location
        {
            Id = location.Id.ToString(CultureInfo.InvariantCulture),
            Meta = ResourceMeta.Versioned(location.Version, Profile),
            StatusElement = new Code<Stu3.LocationStatus>(location.IsActive ? Stu3.LocationStatus.Active : Stu3.LocationStatus.Inactive),
            NameElement = new FhirString(location.Name),
            ManagingOrganization = new ResourceReference(References.Organization(location.ManagingOrganisationId)),
        };

        if (site is not null)
        {
            resource.Identifier.Add(new Identifier(IdentifierSystems.OdsSiteCode, site.OdsCode));
        }

        if (!string.IsNullOrWhiteSpace(location.LocalCode))
        {
            resource.Identifier.Add(new Identifier(IdentifierSystems.LocalLocationIdentifier, location.LocalCode));
        }

        CareConnectElements.AddTelecom(resource.Telecom, ContactPoint.ContactPointSystem.Phone, ContactPoint.ContactPointUse.Work, location.Telephone);

        var lines = CareConnectElements.AddressLines(location.AddressLine1, location.AddressLine2);
        if (lines.Count > 0 || !string.IsNullOrWhiteSpace(location.Postcode))
        {
            resource.Address = new Address
            {
                Use = Address.AddressUse.Work,
                Type = Address.AddressType.Physical,
                Line = lines,
                City = location.Town,
                PostalCode = location.Postcode,
            };
        }

        return resource;
    }
}
