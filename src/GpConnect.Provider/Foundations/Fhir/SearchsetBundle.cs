using Hl7.Fhir.Model;

namespace GpConnect.Provider.Foundations.Fhir;

/// <summary>
/// The GPConnect-Searchset-Bundle-1 every Foundations search and register patient answers with: <c>Bundle.id</c> is
/// the request's <c>Ssp-TraceID</c>, entries carry no <c>fullUrl</c> (Foundations, "Content negotiation": SHOULD NOT
/// be populated), there is no <c>total</c> (the profile forbids it, 0..0), and an empty result is an empty bundle,
/// never a 404.
/// </summary>
public static class SearchsetBundle
{
    public const string Profile = "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Searchset-Bundle-1";

    public static Bundle For(string? traceId, IEnumerable<Resource> resources)
    {
        var entries = resources.Select(resource => new Bundle.EntryComponent { Resource = resource }).ToList();
        return new Bundle
        {
            Id = string.IsNullOrWhiteSpace(traceId) ? null : traceId,
            Meta = new Meta { Profile = [Profile] },
            Type = Bundle.BundleType.Searchset,
            Entry = entries,
        };
    }
}
