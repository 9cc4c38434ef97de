namespace GpConnect.Provider.Store.Entities;

/// <summary>
/// A record whose FHIR form carries <c>meta.versionId</c> and an ETag (GP Connect Foundations, "Resource,
/// versioning and ETag rules"). <see cref="Version"/> is an optimistic concurrency token on every provider:
/// the context adds one to it on each update, and an update whose original version no longer matches the
/// stored row fails with <c>DbUpdateConcurrencyException</c>. To honour <c>If-Match: W/"n"</c>, set
/// <c>entry.Property(e => e.Version).OriginalValue = n</c> before saving.
/// </summary>
public interface IVersionedEntity
{
    int Version { get; set; }

    /// <summary>UTC time of the last insert or update (meta.lastUpdated), stamped from the injected TimeProvider.</summary>
    DateTime LastUpdated { get; set; }
}
