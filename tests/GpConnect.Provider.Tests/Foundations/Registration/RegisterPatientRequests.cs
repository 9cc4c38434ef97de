using System.Globalization;
using System.Text.Json.Nodes;
using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using GpConnect.Provider.Tests.Foundations.Patients;
using GpConnect.Provider.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GpConnect.Provider.Tests.Foundations.Registration;

/// <summary>
/// Register patient requests as a consumer builds them (plain JSON, so the test does not lean on our FHIR model),
/// and people on the local PDS dataset for tests that need more of them than the seeded assurance list has.
/// </summary>
public static class RegisterPatientRequests
{
    public const string Operation = "Patient/$gpc.registerpatient";
    public const string FhirJson = "application/fhir+json";
    public const string RegistrationDetailsExtension = "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-RegistrationDetails-1";

    private static int s_generated;

    public static GpConnectRequestBuilder Register(this FoundationsApi api, JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(body);
        return api.Post(Operation, InteractionIds.RegisterPatient).WithBody(body.ToJsonString(), FhirJson);
    }

    /// <summary>The spec's example request shape: NHS number, one official name, gender, birth date, home address, phones.</summary>
    public static JsonObject Body(string nhsNumber, string family, string given, string gender, string birthDate) => new()
    {
        ["resourceType"] = "Parameters",
        ["parameter"] = new JsonArray(new JsonObject
        {
            ["name"] = "registerPatient",
            ["resource"] = new JsonObject
            {
                ["resourceType"] = "Patient",
                ["meta"] = new JsonObject { ["profile"] = new JsonArray("https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1") },
                ["identifier"] = new JsonArray(new JsonObject { ["system"] = FoundationsApi.NhsNumberSystem, ["value"] = nhsNumber }),
                ["name"] = new JsonArray(new JsonObject { ["use"] = "official", ["family"] = family, ["given"] = new JsonArray(given) }),
                ["telecom"] = new JsonArray(Phone("home", "0113 496 9999"), Phone("mobile", "07700 900999")),
                ["gender"] = gender,
                ["birthDate"] = birthDate,
                ["address"] = new JsonArray(Address("home")),
            },
        }),
    };

    /// <summary>A request for <paramref name="person"/> as PDS holds them.</summary>
    public static JsonObject Body(PdsRecord person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return Body(person.NhsNumber, person.FamilyName, person.GivenName, person.Gender.ToString().ToLowerInvariant(), person.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    public static JsonObject PatientOf(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return (JsonObject)body["parameter"]![0]!["resource"]!;
    }

    public static JsonObject Phone(string use, string value) => Telecom("phone", use, value);

    public static JsonObject Email(string value) => Telecom("email", "home", value);

    /// <summary>A telecom; a null system or use is left out.</summary>
    public static JsonObject Telecom(string? system, string? use, string value)
    {
        var telecom = new JsonObject();
        if (system is not null)
        {
            telecom["system"] = system;
        }

        telecom["value"] = value;
        if (use is not null)
        {
            telecom["use"] = use;
        }

        return telecom;
    }

    /// <summary>An address of that use (null: none) whose lines say which use it was sent as.</summary>
    public static JsonObject Address(string? use)
    {
        var address = new JsonObject();
        if (use is not null)
        {
            address["use"] = use;
        }

        address["line"] = new JsonArray($"1 {use ?? "no-use"} Lane", "Shadwell");
        address["city"] = "Leeds";
        address["district"] = "West Yorkshire";
        address["postalCode"] = "LS18 1AE";
        return address;
    }

    public static JsonObject NhsCommunication() => new()
    {
        ["url"] = "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSCommunication-1",
        ["extension"] = new JsonArray(new JsonObject
        {
            ["url"] = "language",
            ["valueCodeableConcept"] = new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["system"] = "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1", ["code"] = "en" }) },
        }),
    };

    /// <summary>The stored patient with this NHS number, untracked; fails when there is none.</summary>
    public static Task<Patient> StoredPatientAsync(this FoundationsApi api, string nhsNumber)
    {
        ArgumentNullException.ThrowIfNull(api);
        return api.QueryAsync(store => store.Patients.AsNoTracking().SingleAsync(p => p.NhsNumber == nhsNumber, FoundationsApi.Cancellation));
    }

    /// <summary>Whether anything is stored for this NHS number.</summary>
    public static Task<bool> IsStoredAsync(this FoundationsApi api, string nhsNumber)
    {
        ArgumentNullException.ThrowIfNull(api);
        return api.QueryAsync(store => store.Patients.AnyAsync(p => p.NhsNumber == nhsNumber, FoundationsApi.Cancellation));
    }

    public static IEnumerable<string> RegistrationSubExtensionUrls(JsonObject patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return patient["extension"]!.AsArray()
            .Single(e => e!["url"]!.GetValue<string>() == RegistrationDetailsExtension)!["extension"]!.AsArray()
            .Select(e => e!["url"]!.GetValue<string>());
    }

    /// <summary>
    /// Puts a new person on the host's local PDS dataset: a valid NHS number of a range the seed does not use
    /// (973…), unknown to the practice, so each registration a test makes has a person of its own.
    /// </summary>
    public static async Task<PdsRecord> NewPdsPersonAsync(this FoundationsApi api, string familyName = "TESTER")
    {
        ArgumentNullException.ThrowIfNull(api);
        var person = new PdsRecord
        {
            NhsNumber = NextNhsNumber(),
            FamilyName = familyName,
            GivenName = "Pat",
            Gender = AdministrativeGender.Female,
            BirthDate = new DateOnly(1980, 7, 14),
        };
        await api.QueryAsync(store =>
        {
            store.PdsRecords.Add(person);
            return store.SaveChangesAsync(FoundationsApi.Cancellation);
        });
        return person;
    }

    private static string NextNhsNumber()
    {
        while (true)
        {
            var firstNine = "973" + Interlocked.Increment(ref s_generated).ToString("D6", CultureInfo.InvariantCulture);
            if (NhsNumber.CheckDigit(firstNine) is { } check)
            {
                return firstNine + check.ToString(CultureInfo.InvariantCulture);
            }
        }
    }
}
