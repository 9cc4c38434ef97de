using System.Globalization;
using GpConnect.Provider.Foundations.Fhir;
using GpConnect.Provider.Foundations.Patients;
using Hl7.Fhir.Model;
using Entities = GpConnect.Provider.Store.Entities;
using Stu3 = GpConnect.Fhir.Stu3.Model;

namespace GpConnect.Provider.Foundations.Practitioners;

/// <summary>
/// A practitioner as CareConnect-GPC-Practitioner-1 (Foundations, "Practitioner search/read"): the SDS user id and
/// every SDS role profile id the practitioner holds, the name (structured when the family name is known, otherwise
/// as <c>text</c>), gender and the NHS communication extension; never telecom, address, birth date, photo or
/// qualification (SHALL NOT be populated).
/// </summary>
public static class PractitionerMapper
{
    public const string Profile = "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Practitioner-1";

    /// <summary>Maps <paramref name="practitioner"/> with its <see cref="Entities.Practitioner.Roles"/> loaded.</summary>
    public static Stu3.Practitioner ToFhir(Entities.Practitioner practitioner)
    {
        ArgumentNullException.ThrowIfNull(practitioner);
        var resource = new Stu3.Practitioner
        {
            Id = practitioner.Id.ToString(CultureInfo.InvariantCulture),
            Meta = ResourceMeta.Versioned(practitioner.Version, Profile),
            Identifier = [new Identifier(IdentifierSystems.SdsUserId, practitioner.SdsUserId)],
            Name = [Name(practitioner)],
            GenderElement = new Code<Stu3.AdministrativeGender>(CareConnectCodes.Gender(practitioner.Gender)),
        };

        foreach (var profileId in practitioner.Roles.Select(r => r.SdsRoleProfileId).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal))
        {
            resource.Identifier.Add(new Identifier(IdentifierSystems.SdsRoleProfileId, profileId));
        }

        if (!string.IsNullOrWhiteSpace(practitioner.LanguageCode))
        {
            var communication = new Extension { Url = PatientProfile.NhsCommunicationExtension };
            CareConnectElements.AddPreferredLanguage(communication, practitioner.LanguageCode);
            resource.Extension.Add(communication);
        }

        return resource;
    }

    /// <summary>Structured <c>family</c>/<c>given</c>/<c>prefix</c> when the family name is known; otherwise the full name as <c>text</c> (1.6.2).</summary>
    private static HumanName Name(Entities.Practitioner practitioner)
    {
        if (string.IsNullOrWhiteSpace(practitioner.FamilyName))
        {
            var parts = new[] { practitioner.Prefix, practitioner.GivenName }.Where(p => !string.IsNullOrWhiteSpace(p));
            return new HumanName { Text = string.Join(' ', parts) };
        }

        var name = new HumanName { Family = practitioner.FamilyName };
        if (!string.IsNullOrWhiteSpace(practitioner.GivenName))
        {
            name.Given = [practitioner.GivenName];
        }

        if (!string.IsNullOrWhiteSpace(practitioner.Prefix))
        {
            name.Prefix = [practitioner.Prefix];
        }

        return name;
    }
}
