using System.Globalization;
using GpConnect.Provider.Foundations.Fhir;
using Hl7.Fhir.Model;
using Entities = GpConnect.Provider.Store.Entities;
using Stu3 = GpConnect.Fhir.Stu3.Model;

namespace GpConnect.Provider.Foundations.Patients;

/// <summary>
/// A stored patient as CareConnect-GPC-Patient-1 (Foundations, "Patient population"), for Patient search and read,
/// register patient, and any capability that returns the patient (Access Record Structured). It populates what the
/// profile asks for when the data exists — NHS number with its verification status, the one official name, gender,
/// birth date, home address, telecoms with their use, contacts with text relationships, the NHS communication and
/// registration details extensions — and never the elements GP Connect says SHALL NOT be populated (ethnic category,
/// religion, marital status, multiple birth, birth place, photo, communication, and so on).
/// </summary>
public static class PatientMapper
{
    /// <summary>
    /// Maps <paramref name="patient"/> (with <see cref="Entities.Patient.Contacts"/> loaded) for the practice whose
    /// service root was called: <c>managingOrganization</c> is that practice, not necessarily the registered one.
    /// </summary>
    public static Stu3.Patient ToFhir(Entities.Patient patient, Entities.Organisation managingOrganisation)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(managingOrganisation);
        var resource = new Stu3.Patient
        {
            Id = patient.Id.ToString(CultureInfo.InvariantCulture),
            Meta = ResourceMeta.Versioned(patient.Version, PatientProfile.Profile),
            Identifier = [NhsNumberIdentifier(patient)],
            Name = [OfficialName(patient.Title, patient.GivenName, patient.OtherGivenNames, patient.FamilyName)],
            Telecom = Telecoms(patient),
            GenderElement = new Code<Stu3.AdministrativeGender>(CareConnectCodes.Gender(patient.Gender)),
            BirthDateElement = new Date(patient.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Address = HomeAddress(patient),
            Contact = [.. patient.Contacts.Select(Contact)],
            ManagingOrganization = new ResourceReference(References.Organization(managingOrganisation.Id)),
        };

        resource.Extension.Add(RegistrationDetails(patient));
        if (!string.IsNullOrWhiteSpace(patient.LanguageCode) || patient.InterpreterRequired)
        {
            resource.Extension.Add(NhsCommunication(patient));
        }

        if (patient.UsualGpId is { } usualGp)
        {
            resource.GeneralPractitioner = [new ResourceReference(References.Practitioner(usualGp))];
        }

        return resource;
    }

    private static Identifier NhsNumberIdentifier(Entities.Patient patient)
    {
        var identifier = new Identifier(IdentifierSystems.NhsNumber, patient.NhsNumber);
        identifier.Extension.Add(new Extension(
            PatientProfile.NhsNumberVerificationStatusExtension,
            new CodeableConcept { Coding = [CareConnectCodes.NhsNumberVerificationStatus(patient.NhsNumberStatus)] }));
        return identifier;
    }

    /// <summary>The one official, PDS-synchronised name (the profile fixes <c>family</c> to 1..1).</summary>
    internal static HumanName OfficialName(string? title, string? givenName, string? otherGivenNames, string familyName)
    {
        var name = new HumanName { Use = HumanName.NameUse.Official, Family = familyName };
        var given = new List<string>();
        if (!string.IsNullOrWhiteSpace(givenName))
        {
            given.Add(givenName);
        }

        if (!string.IsNullOrWhiteSpace(otherGivenNames))
        {
            given.AddRange(otherGivenNames.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        name.Given = given;
        if (!string.IsNullOrWhiteSpace(title))
        {
            name.Prefix = [title];
        }

        return name;
    }

    /// <summary>Telecoms with <c>use</c> always set, as GP Connect requires for patients and their contacts.</summary>
    private static List<ContactPoint> Telecoms(Entities.Patient patient)
    {
        var telecoms = new List<ContactPoint>();
        CareConnectElements.AddTelecom(telecoms, ContactPoint.ContactPointSystem.Phone, ContactPoint.ContactPointUse.Home, patient.HomePhone);
        CareConnectElements.AddTelecom(telecoms, ContactPoint.ContactPointSystem.Phone, ContactPoint.ContactPointUse.Mobile, patient.MobilePhone);
        CareConnectElements.AddTelecom(telecoms, ContactPoint.ContactPointSystem.Phone, ContactPoint.ContactPointUse.Work, patient.WorkPhone);
        CareConnectElements.AddTelecom(telecoms, ContactPoint.ContactPointSystem.Email, ContactPoint.ContactPointUse.Home, patient.Email);
        return telecoms;
    }

    /// <summary>One line per address line, county as <c>district</c>, no <c>text</c> and no <c>state</c> (profile 0..0).</summary>
    private static List<Address> HomeAddress(Entities.Patient patient)
    {
        var lines = CareConnectElements.AddressLines(patient.AddressLine1, patient.AddressLine2);
        if (lines.Count == 0 && string.IsNullOrWhiteSpace(patient.Town) && string.IsNullOrWhiteSpace(patient.Postcode))
        {
            return [];
        }

        return
        [
            new Address
            {
                Use = Address.AddressUse.Home,
                Type = Address.AddressType.Physical,
                Line = lines,
                City = NullIfBlank(patient.Town),
                District = NullIfBlank(patient.County),
                PostalCode = NullIfBlank(patient.Postcode),
            },
        ];
    }

    /// <summary>Contact relationships are text only: GP Connect says <c>coding</c> SHALL NOT be populated.</summary>
    private static Stu3.Patient.ContactComponent Contact(Entities.PatientContact contact)
    {
        var component = new Stu3.Patient.ContactComponent
        {
            Relationship = [new CodeableConcept { Text = contact.Relationship }],
        };
        if (!string.IsNullOrWhiteSpace(contact.FamilyName))
        {
            component.Name = OfficialName(contact.Title, contact.GivenName, null, contact.FamilyName);
        }

        if (!string.IsNullOrWhiteSpace(contact.Telephone))
        {
            component.Telecom = [new ContactPoint(ContactPoint.ContactPointSystem.Phone, ContactPoint.ContactPointUse.Home, contact.Telephone)];
        }

        return component;
    }

    private static Extension RegistrationDetails(Entities.Patient patient)
    {
        var period = new Period { Start = new FhirDateTime(new DateTimeOffset(patient.RegistrationStart, TimeSpan.Zero)).Value };
        if (patient.RegistrationEnd is { } end)
        {
            period.End = new FhirDateTime(new DateTimeOffset(end, TimeSpan.Zero)).Value;
        }

        var extension = new Extension { Url = PatientProfile.RegistrationDetailsExtension };
        extension.Extension.Add(new Extension("registrationPeriod", period));
        extension.Extension.Add(new Extension("registrationStatus", new CodeableConcept { Coding = [CareConnectCodes.RegistrationStatus(patient.RegistrationStatus)] }));
        extension.Extension.Add(new Extension("registrationType", new CodeableConcept { Coding = [CareConnectCodes.RegistrationType(patient.RegistrationType)] }));
        if (patient.PreferredBranchSurgeryId is { } surgery)
        {
            extension.Extension.Add(new Extension("preferredBranchSurgery", new ResourceReference(References.Location(surgery))));
        }

        return extension;
    }

    private static Extension NhsCommunication(Entities.Patient patient)
    {
        var extension = new Extension { Url = PatientProfile.NhsCommunicationExtension };
        if (!string.IsNullOrWhiteSpace(patient.LanguageCode))
        {
            CareConnectElements.AddPreferredLanguage(extension, patient.LanguageCode);
        }

        extension.Extension.Add(new Extension("interpreterRequired", new FhirBoolean(patient.InterpreterRequired)));
        return extension;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
