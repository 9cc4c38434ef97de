using System.Globalization;
using GpConnect.Provider.Foundations.Fhir;
using GpConnect.Provider.Foundations.Patients;
using Hl7.Fhir.Model;
using Entities = GpConnect.Provider.Store.Entities;
using Stu3 = GpConnect.Fhir.Stu3.Model;

namespace GpConnect.Provider.Foundations.Organizations;

/// <summary>
/// An organisation as CareConnect-GPC-Organization-1 (Foundations, "Organization search/read"): ODS code in the
/// current system, name, address and telecom; never <c>contact</c> or <c>endpoint</c> (SHALL NOT be populated).
/// Reusable wherever a capability returns the practice or another organisation.
/// </summary>
public static class OrganizationMapper
{
    public const string Profile = "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Organization-1";

    public static Stu3.Organization ToFhir(Entities.Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var resource = new Stu3.Organization
        {
            Id = organisation.Id.ToString(CultureInfo.InvariantCulture),
            Meta = ResourceMeta.Versioned(organisation.Version, Profile),
            Identifier = [new Identifier(IdentifierSystems.OdsOrganisationCode, organisation.OdsCode)],
            NameElement = new FhirString(organisation.Name),
        };

        CareConnectElements.AddTelecom(resource.Telecom, ContactPoint.ContactPointSystem.Phone, ContactPoint.ContactPointUse.Work, organisation.Telephone);
        CareConnectElements.AddTelecom(resource.Telecom, ContactPoint.ContactPointSystem.Email, ContactPoint.ContactPointUse.Work, organisation.Email);

        var lines = CareConnectElements.AddressLines(organisation.AddressLine1, organisation.AddressLine2);
        if (lines.Count > 0 || !string.IsNullOrWhiteSpace(organisation.Postcode))
        {
            resource.Address.Add(new Address
            {
                Use = Address.AddressUse.Work,
                Type = Address.AddressType.Physical,
                Line = lines,
                City = organisation.Town,
                District = organisation.County,
                PostalCode = organisation.Postcode,
            });
        }

        if (organisation.PartOfId is { } parent)
        {
            resource.PartOf = new ResourceReference(References.Organization(parent));
        }

        return resource;
    }
}
