using GpConnect.Provider.Foundations.Patients;
using Hl7.Fhir.Model;

namespace GpConnect.Provider.Foundations.Fhir;

/// <summary>The CareConnect building blocks the Foundations mappers share, so each resource fills them in alike.</summary>
public static class CareConnectElements
{
    /// <summary>The address lines that are present, in order.</summary>
    public static List<string> AddressLines(string? line1, string? line2) =>
        [.. new[] { line1, line2 }.Where(line => !string.IsNullOrWhiteSpace(line)).Select(line => line!)];

    /// <summary>Adds a telecom only when there is a value: empty elements are not valid FHIR.</summary>
    public static void AddTelecom(List<ContactPoint> telecoms, ContactPoint.ContactPointSystem system, ContactPoint.ContactPointUse use, string? value)
    {
        ArgumentNullException.ThrowIfNull(telecoms);
        if (!string.IsNullOrWhiteSpace(value))
        {
            telecoms.Add(new ContactPoint(system, use, value));
        }
    }

    /// <summary>The NHS communication extension's language, as the preferred one.</summary>
    public static void AddPreferredLanguage(Extension nhsCommunication, string languageCode)
    {
        ArgumentNullException.ThrowIfNull(nhsCommunication);
        nhsCommunication.Extension.Add(new Extension("language", new CodeableConcept { Coding = [CareConnectCodes.Language(languageCode)] }));
        nhsCommunication.Extension.Add(new Extension("preferred", new FhirBoolean(true)));
    }
}
