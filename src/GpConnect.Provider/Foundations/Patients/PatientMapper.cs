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
/// birth date, home and temporary addresses, telecoms with their use, contacts with text relationships, the NHS
/// communication and registration details extensions — and never the elements GP Connect says SHALL NOT be populated
/// (ethnic category, religion, marital status, multiple birth, birth place, photo, communication, and so on) nor
/// those the profile constrains to max 0 (identifier use/type/period/assigner, address state, the registration
/// details' registrationStatus). Temporary address and telecoms carry the end date they were stored with.
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
            Address = Addresses(patient),
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
        CareConnectElements.AddTelecom(telecoms, ContactPoint.ContactPointSystem.Phone, ContactPoint.ContactPointUse.Temp, patient.TemporaryPhone);

        // Records from before the use was kept say nothing; they were registered as the home email.
        var emailUse = CareConnectCodes.ContactPointUse(patient.EmailUse ?? Entities.ContactUse.Home);
        CareConnectElements.AddTelecom(telecoms, ContactPoint.ContactPointSystem.Email, emailUse, patient.Email);
        foreach (var temporary in telecoms.Where(t => t.Use == ContactPoint.ContactPointUse.Temp))
        {
            temporary.Period = TemporaryPeriod(patient);
        }

        return telecoms;
    }

    /// <summary>One line per address line, county as <c>district</c>, no <c>text</c> and no <c>state</c> (profile 0..0).</summary>
    private static List<Address> Addresses(Entities.Patient patient)
    {
        var addresses = new List<Address>();
        AddAddress(addresses, Address.AddressUse.Home, patient.AddressLine1, patient.AddressLine2, patient.Town, patient.County, patient.Postcode, period: null);
        AddAddress(
            addresses,
            Address.AddressUse.Temp,
            patient.TemporaryAddressLine1,
            patient.TemporaryAddressLine2,
            patient.TemporaryTown,
            patient.TemporaryCounty,
            patient.TemporaryPostcode,
            TemporaryPeriod(patient));
        return addresses;
    }

    private static void AddAddress(List<Address> addresses, Address.AddressUse use, string? line1, string? line2, string? town, string? county, string? postcode, Period? period)
    {
        var lines = CareConnectElements.AddressLines(line1, line2);
        if (lines.Count == 0 && string.IsNullOrWhiteSpace(town) && string.IsNullOrWhiteSpace(county) && string.IsNullOrWhiteSpace(postcode))
        {
            return;
        }

        addresses.Add(new Address
        {
            Use = use,
            Type = Address.AddressType.Physical,
            Line = lines,
            City = NullIfBlank(town),
            District = NullIfBlank(county),
            PostalCode = NullIfBlank(postcode),
            Period = period,
        });
    }

    /// <summary>Until when temporary contact details apply, where the record says.</summary>
    private static Period? TemporaryPeriod(Entities.Patient patient) =>
        patient.TemporaryDetailsEnd is { } end ? new Period { End = Instant(end) } : null;

    private static string? Instant(DateTime utc) => new FhirDateTime(new DateTimeOffset(utc, TimeSpan.Zero)).Value;

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

    /// <summary>
    /// Period, type and preferred branch surgery. Never <c>registrationStatus</c>: the GP Connect profile of the
    /// extension constrains it to max 0, although the CareConnect base has it.
    /// </summary>
    private static Extension RegistrationDetails(Entities.Patient patient)
    {
        var period = new Period { Start = Instant(patient.RegistrationStart) };
        if (patient.RegistrationEnd is { } end)
        {
            period.End = Instant(end);
        }

        var extension = new Extension { Url = PatientProfile.RegistrationDetailsExtension };
        extension.Extension.Add(new Extension("registrationPeriod", period));
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
