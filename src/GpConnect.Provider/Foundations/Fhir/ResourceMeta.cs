using System.Globalization;
using Hl7.Fhir.Model;

namespace GpConnect.Provider.Foundations.Fhir;

/// <summary>
/// <c>meta</c> of a resource read from the store: its GP Connect profile (SHALL be populated) and the entity's version
/// as <c>meta.versionId</c>, which changes whenever the content does and becomes the <c>ETag</c>.
/// </summary>
public static class ResourceMeta
{
    public static Meta Versioned(int version, string profile) =>
        new() { VersionId = version.ToString(CultureInfo.InvariantCulture), Profile = [profile] };
}
