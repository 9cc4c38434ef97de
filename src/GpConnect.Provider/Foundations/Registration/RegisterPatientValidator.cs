using System.Globalization;
using GpConnect.Provider.Foundations.Errors;
using GpConnect.Provider.Foundations.Fhir;
using GpConnect.Provider.Foundations.Patients;
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
/// <item><term>an element or extension the operation does not allow; a disallowed or repeated address <c>use</c>; more than one NHS communication</term><description>422 INVALID_RESOURCE</description></item>
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
        var home = Addresses(patient);
        var (language, interpreterRequired) = NhsCommunication(patient);
        return new RegistrationRequest(
            nhsNumber,
            name.Prefix.FirstOrDefault(),
            name.Family!,
            [.. name.Given.Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => g!)],
            birthDate,
            patient.GenderElement?.Value is { } gender ? CareConnectCodes.Gender(gender) : null,
            home,
            telecoms.GetValueOrDefault((ContactPoint.ContactPointSystem.Phone, ContactPoint.ContactPointUse.Home)),
            telecoms.GetValueOrDefault((ContactPoint.ContactPointSystem.Phone, ContactPoint.ContactPointUse.Mobile)),
            telecoms.GetValueOrDefault((ContactPoint.ContactPointSystem.Phone, ContactPoint.ContactPointUse.Work)),
            telecoms.Where(t => t.Key.System == ContactPoint.ContactPointSystem.Email).Select(t => t.Value).FirstOrDefault(),
            language,
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

    /// <summary>At most one phone per use (home, work, mobile, temp) and at most one email.</summary>
    private static Dictionary<(ContactPoint.ContactPointSystem? System, ContactPoint.ContactPointUse? Use), string> Telecoms(Stu3.Patient patient)
    {
        var telecoms = new Dictionary<(ContactPoint.ContactPointSystem? System, ContactPoint.ContactPointUse? Use), string>();
        foreach (var telecom in patient.Telecom)
        {
            var key = telecom.System == ContactPoint.ContactPointSystem.Email ? (telecom.System, null) : (telecom.System, telecom.Use);
            if (!telecoms.TryAdd(key, telecom.Value ?? string.Empty))
            {
                throw new GpConnectException(SpineErrorCode.BadRequest, $"The Patient has more than one {telecom.System} telecom with use {telecom.Use}.");
            }
        }

        return telecoms;
    }

    /// <summary>At most one home and one temp address; no other use.</summary>
    private static RegistrationAddress? Addresses(Stu3.Patient patient)
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

        var home = patient.Address.FirstOrDefault(a => a.Use == Address.AddressUse.Home);
        if (home is null)
        {
            return null;
        }

        var lines = home.Line.ToList();
        return new RegistrationAddress(lines.ElementAtOrDefault(0), lines.Count > 1 ? string.Join(", ", lines.Skip(1)) : null, home.City, home.District, home.PostalCode);
    }

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
}
