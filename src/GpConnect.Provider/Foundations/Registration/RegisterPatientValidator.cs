using System.Globalization;
using GpConnect.Provider.Foundations.Errors;
using GpConnect.Provider.Foundations.Fhir;
using GpConnect.Provider.Foundations.Patients;
using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Hl7.Fhir.Model;
using Stu3 = GpConnect.Fhir.Stu3.Model;

namespace GpConnect.Provider.Foundations.Registration;

/// <summary>
/// Checks a register patient <c>Parameters</c> (Foundations, "Register patient") and reads the request out of it.
/// The answers follow the assurance test pack where it splits the spec's single INVALID_RESOURCE row
/// (docs/decisions, register patient errors):
/// <list type="table">
/// <item><term>no <c>registerPatient</c> parameter, or one with no resource</term><description>422 INVALID_PARAMETER</description></item>
/// <item><term><c>registerPatient</c> repeated, any other parameter, or a resource that is not a Patient</term><description>400 BAD_REQUEST</description></item>
/// <item><term>an element or extension the operation does not allow; a disallowed or repeated address <c>use</c>; a telecom other than a phone or email with use home, work, mobile or temp (no <c>old</c>, no missing system, use or value); more than one NHS communication; a value longer than the store keeps (<see cref="FieldLengths"/>)</term><description>422 INVALID_RESOURCE</description></item>
/// <item><term>no NHS number identifier, or one failing Modulus 11</term><description>400 INVALID_NHS_NUMBER</description></item>
/// <item><term>an identifier with no system; not exactly one official name; no family or given name; no full birth date; a repeated telecom use</term><description>400 BAD_REQUEST</description></item>
/// </list>
/// </summary>
public static class RegisterPatientValidator
{
    public const string ParameterName = "registerPatient";

    /// <summary>The operation's name in the CapabilityStatement (invoked as <c>$gpc.registerpatient</c>).</summary>
    public const string OperationName = "gpc.registerpatient";

    /// <summary>What the operation lets a consumer send (minimum, SHOULD and MAY content); everything else MUST NOT be sent.</summary>
    private static readonly HashSet<string> s_allowedElements =
        new(StringComparer.Ordinal) { "id", "meta", "extension", "identifier", "name", "telecom", "gender", "birthDate", "address" };

    private static readonly HashSet<Address.AddressUse> s_allowedAddressUses = [Address.AddressUse.Home, Address.AddressUse.Temp];

    public static RegistrationRequest Validate(Parameters parameters, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var patient = RegisterPatientResource(parameters);
        RejectDisallowedContent(patient);
        var nhsNumber = NhsNumber(patient);
        var name = OfficialName(patient, now);
        var birthDate = BirthDate(patient);
        var telecoms = Telecoms(patient);
        var (home, temporary) = Addresses(patient);
        var (language, interpreterRequired) = NhsCommunication(patient);
        var givenNames = name.Given.Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => g!).ToList();
        Bounded(givenNames[0], FieldLengths.Name, "the official name's first given name");
        Bounded(string.Join(' ', givenNames.Skip(1)), FieldLengths.Name, "the official name's other given names (joined by spaces)");
        return new RegistrationRequest(
            nhsNumber,
            Bounded(name.Prefix.FirstOrDefault(), FieldLengths.Name, "the official name's prefix"),
            Bounded(name.Family, FieldLengths.Name, "the official name's family")!,
            givenNames,
            birthDate,
            patient.GenderElement?.Value is { } gender ? CareConnectCodes.Gender(gender) : null,
            home,
            temporary,
            telecoms.Phone(ContactUse.Home),
            telecoms.Phone(ContactUse.Mobile),
            telecoms.Phone(ContactUse.Work),
            telecoms.Phone(ContactUse.Temporary),
            telecoms.Email,
            Bounded(language, FieldLengths.EnumName, "the NHS communication language code"),
            interpreterRequired);
    }

    /// <summary>The NHS number the request names, if it names one, read before any validation (for the audit entry).</summary>
    public static string? FindNhsNumber(Parameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return parameters.Parameter
            .Where(p => p.Name == ParameterName)
            .Select(p => p.Resource)
            .OfType<Stu3.Patient>()
            .SelectMany(p => p.Identifier)
            .FirstOrDefault(i => i.System == IdentifierSystems.NhsNumber)?.Value;
    }

    private static Stu3.Patient RegisterPatientResource(Parameters parameters)
    {
        var named = parameters.Parameter.Where(p => p.Name == ParameterName).ToList();
        if (named.Count == 0)
        {
            throw new GpConnectException(SpineErrorCode.InvalidParameter, $"The '{ParameterName}' parameter is required.");
        }

        if (named.Count > 1)
        {
            throw new GpConnectException(SpineErrorCode.BadRequest, $"The '{ParameterName}' parameter may be given only once.");
        }

        if (parameters.Parameter.Count > 1)
        {
            var others = string.Join(", ", parameters.Parameter.Where(p => p.Name != ParameterName).Select(p => $"'{p.Name}'"));
            throw new GpConnectException(SpineErrorCode.BadRequest, $"Only the '{ParameterName}' parameter is allowed; also found {others}.");
        }

        return named[0].Resource switch
        {
            null => throw new GpConnectException(SpineErrorCode.InvalidParameter, $"The '{ParameterName}' parameter must hold a Patient resource."),
            Stu3.Patient patient => patient,
            var other => throw new GpConnectException(SpineErrorCode.BadRequest, $"The '{ParameterName}' parameter must hold a Patient, not {other.TypeName}."),
        };
    }

    private static void RejectDisallowedContent(Stu3.Patient patient)
    {
        var disallowed = patient.EnumerateElements().Select(e => e.Key).Where(name => !s_allowedElements.Contains(name)).ToList();
        if (disallowed.Count > 0)
        {
            throw new GpConnectException(SpineErrorCode.InvalidResource, $"The Patient must not contain {string.Join(", ", disallowed)} when registering.");
        }

        var extensions = patient.Extension.Where(e => e.Url != PatientProfile.NhsCommunicationExtension).Select(e => e.Url).ToList();
        if (extensions.Count > 0)
        {
            throw new GpConnectException(SpineErrorCode.InvalidResource, $"The Patient must not carry the extension(s) {string.Join(", ", extensions)} when registering.");
        }

        if (patient.Extension.Count > 1)
        {
            throw new GpConnectException(SpineErrorCode.InvalidResource, "The Patient may carry at most one NHS communication extension.");
        }
    }

    private static string NhsNumber(Stu3.Patient patient)
    {
        if (patient.Identifier.Any(i => string.IsNullOrWhiteSpace(i.System)))
        {
            throw new GpConnectException(SpineErrorCode.BadRequest, "Every Patient identifier must have a system.");
        }

        var numbers = patient.Identifier.Where(i => i.System == IdentifierSystems.NhsNumber).Select(i => i.Value).Distinct(StringComparer.Ordinal).ToList();
        return numbers.Count switch
        {
            0 => throw new GpConnectException(SpineErrorCode.InvalidNhsNumber, $"The Patient has no identifier with system {IdentifierSystems.NhsNumber}."),
            1 => NhsNumberValidator.Validate(numbers[0]),
            _ => throw new GpConnectException(SpineErrorCode.InvalidNhsNumber, "The Patient has more than one NHS number."),
        };
    }

    /// <summary>Exactly one current official name, with family and given names. Names whose period has ended do not count.</summary>
    private static HumanName OfficialName(Stu3.Patient patient, DateTimeOffset now)
    {
        var official = patient.Name.Where(n => n.Use == HumanName.NameUse.Official && IsCurrent(n.Period, now)).ToList();
        if (official.Count != 1)
        {
            throw new GpConnectException(SpineErrorCode.BadRequest, $"The Patient must have exactly one current official name; found {official.Count}.");
        }

        var name = official[0];
        if (string.IsNullOrWhiteSpace(name.Family))
        {
            throw new GpConnectException(SpineErrorCode.BadRequest, "The official name has no family name.");
        }

        if (!name.Given.Any(g => !string.IsNullOrWhiteSpace(g)))
        {
            throw new GpConnectException(SpineErrorCode.BadRequest, "The official name has no given name.");
        }

        return name;
    }

    private static bool IsCurrent(Period? period, DateTimeOffset now) =>
        period?.EndElement is not { } end || !end.TryToDateTimeOffset(out var ended) || ended >= now;

    private static DateOnly BirthDate(Stu3.Patient patient)
    {
        var value = patient.BirthDateElement?.Value;
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new GpConnectException(SpineErrorCode.BadRequest, "The Patient has no birthDate.");
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birthDate)
            ? birthDate
            : throw new GpConnectException(SpineErrorCode.BadRequest, $"The birthDate '{value}' must be a full date.");
    }

    /// <summary>
    /// Phones with use home, work, mobile or temp, at most one per use, and at most one email, with any of those
    /// uses. Nothing else is a contact detail the operation lets a consumer send: another system, an <c>old</c> or
    /// missing use, or no value is refused rather than silently dropped.
    /// </summary>
    private static RegistrationTelecoms Telecoms(Stu3.Patient patient)
    {
        var phones = new Dictionary<ContactUse, string>();
        RegistrationEmail? email = null;
        foreach (var (telecom, index) in patient.Telecom.Select((t, i) => (t, i)))
        {
            var where = $"Patient.telecom[{index}]";
            if (telecom.System is not (ContactPoint.ContactPointSystem.Phone or ContactPoint.ContactPointSystem.Email))
            {
                throw new GpConnectException(SpineErrorCode.InvalidResource, $"{where} has system '{telecom.SystemElement?.JsonValue ?? "(none)"}'; only phone and email are allowed when registering.");
            }

            if (telecom.Use is not { } sentUse || CareConnectCodes.ContactUse(sentUse) is not { } use)
            {
                throw new GpConnectException(SpineErrorCode.InvalidResource, $"{where} has use '{telecom.UseElement?.JsonValue ?? "(none)"}'; only home, work, mobile and temp are allowed when registering.");
            }

            if (string.IsNullOrWhiteSpace(telecom.Value))
            {
                throw new GpConnectException(SpineErrorCode.InvalidResource, $"{where} has no value.");
            }

            var value = Bounded(telecom.Value, FieldLengths.Telecom, $"{where}.value")!;
            if (telecom.System == ContactPoint.ContactPointSystem.Email)
            {
                email = email is null
                    ? new RegistrationEmail(value, use)
                    : throw new GpConnectException(SpineErrorCode.BadRequest, "The Patient has more than one email telecom.");
            }
            else if (!phones.TryAdd(use, value))
            {
                throw new GpConnectException(SpineErrorCode.BadRequest, $"The Patient has more than one phone telecom with use {sentUse}.");
            }
        }

        return new RegistrationTelecoms(phones, email);
    }

    /// <summary>At most one home and one temp address; no other use.</summary>
    private static (RegistrationAddress? Home, RegistrationAddress? Temporary) Addresses(Stu3.Patient patient)
    {
        var uses = new HashSet<Address.AddressUse>();
        foreach (var address in patient.Address)
        {
            if (address.Use is not { } use || !s_allowedAddressUses.Contains(use))
            {
                throw new GpConnectException(SpineErrorCode.InvalidResource, $"An address use of '{address.Use}' is not allowed when registering; only home and temp.");
            }

            if (!uses.Add(use))
            {
                throw new GpConnectException(SpineErrorCode.InvalidResource, $"The Patient has more than one {use} address.");
            }
        }

        return (AddressOfUse(patient, Address.AddressUse.Home), AddressOfUse(patient, Address.AddressUse.Temp));
    }

    /// <summary>The address of that use as the store keeps it: the first line, the other lines joined, town, county, postcode.</summary>
    private static RegistrationAddress? AddressOfUse(Stu3.Patient patient, Address.AddressUse use)
    {
        var address = patient.Address.FirstOrDefault(a => a.Use == use);
        if (address is null)
        {
            return null;
        }

        var where = $"the {use.ToString().ToLowerInvariant()} address";
        var lines = address.Line.Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        return new RegistrationAddress(
            Bounded(lines.ElementAtOrDefault(0), FieldLengths.Name, $"{where}'s first line"),
            Bounded(lines.Count > 1 ? string.Join(", ", lines.Skip(1)) : null, FieldLengths.Name, $"{where}'s other lines (joined by \", \")"),
            Bounded(address.City, FieldLengths.Name, $"{where}'s city"),
            Bounded(address.District, FieldLengths.Name, $"{where}'s district"),
            Bounded(address.PostalCode, FieldLengths.Postcode, $"{where}'s postalCode"));
    }

    /// <summary>
    /// Refuses a value the store's column cannot keep, before the database sees it (<see cref="FieldLengths"/> is
    /// the one source of the lengths): a consumer learns which value to shorten, and nothing is written.
    /// </summary>
    private static string? Bounded(string? value, int maxLength, string what) =>
        value is { Length: var length } && length > maxLength
            ? throw new GpConnectException(SpineErrorCode.InvalidResource, $"The value of {what} is {length} characters long; at most {maxLength} can be registered.")
            : value;

    private static (string? Language, bool InterpreterRequired) NhsCommunication(Stu3.Patient patient)
    {
        var communication = patient.Extension.SingleOrDefault(e => e.Url == PatientProfile.NhsCommunicationExtension);
        if (communication is null)
        {
            return (null, false);
        }

        var language = (communication.Extension.FirstOrDefault(e => e.Url == "language")?.Value as CodeableConcept)?.Coding.FirstOrDefault()?.Code;
        var interpreter = communication.Extension.FirstOrDefault(e => e.Url == "interpreterRequired")?.Value is FhirBoolean { Value: true };
        return (language, interpreter);
    }

    /// <summary>The phones (one per use) and the email a request sent.</summary>
    private sealed record RegistrationTelecoms(IReadOnlyDictionary<ContactUse, string> Phones, RegistrationEmail? Email)
    {
        public string? Phone(ContactUse use) => Phones.GetValueOrDefault(use);
    }
}
