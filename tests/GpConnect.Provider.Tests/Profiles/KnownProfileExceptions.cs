namespace GpConnect.Provider.Tests.Profiles;

/// <summary>
/// The one place where a profile constraint the server is known to break is let through, each with the reason and
/// who is removing it. Remove an entry as soon as the server keeps the constraint.
/// </summary>
public static class KnownProfileExceptions
{
    private const string RegistrationDetails = "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-RegistrationDetails-1";

    private static readonly (string Profile, string ElementId)[] _exceptions =
    [
        // Being fixed on another branch (register patient and the Patient mapper): the profile forbids (0..0) the
        // registrationStatus part of the registration details extension, which the Patient mapper still sends.
        // Remove this entry when that fix is merged.
        (RegistrationDetails, "Extension.extension:registrationStatus"),
    ];

    /// <summary>Whether violations of this element of this profile (or of anything below it) are let through.</summary>
    public static bool Covers(string profile, string elementId) =>
        _exceptions.Any(e => e.Profile == profile
            && (elementId == e.ElementId || elementId.StartsWith(e.ElementId + ".", StringComparison.Ordinal)));
}
