using System.Collections.Concurrent;
using GpConnect.Provider.Store;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GpConnect.Provider.Foundations.ServiceRoots;

/// <summary>
/// The practices this provider hosts a GP Connect endpoint for, looked up by the ODS code in the URL (exact,
/// case-sensitive match: GP Connect URLs are case-sensitive).
/// </summary>
/// <remarks>
/// Every request resolves its practice before anything else, and practices (ASID, enablement switches) change
/// rarely, so a found practice is kept for <see cref="GpConnectOptions.PracticeCacheLifetime"/>: a switch turned off
/// takes effect within that time, on every instance. Unknown ODS codes are not remembered, so a practice added to
/// the store is served at once. The cached <see cref="Practice"/> (with its organisation) is shared by concurrent
/// requests and is never attached to a context: read it, never change it.
/// </remarks>
public sealed class PracticeDirectory(TimeProvider clock, IOptions<GpConnectOptions> options)
{
    private readonly ConcurrentDictionary<string, CachedPractice> _found = new(StringComparer.Ordinal);

    public async ValueTask<Practice?> FindAsync(ClinicalRecordDbContext store, string odsCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var now = clock.GetUtcNow();
        if (_found.TryGetValue(odsCode, out var cached) && now < cached.Expires)
        {
            return cached.Practice;
        }

        var practice = await store.Practices
            .AsNoTracking()
            .Include(p => p.Organisation)
            .SingleOrDefaultAsync(p => p.Organisation.OdsCode == odsCode, cancellationToken);
        if (practice is null)
        {
            _found.TryRemove(odsCode, out _);
            return null;
        }

        _found[odsCode] = new CachedPractice(practice, now + options.Value.PracticeCacheLifetime);
        return practice;
    }

    /// <summary>Drops every cached practice, so the next request of each reads the store.</summary>
    public void Forget() => _found.Clear();

    private sealed record CachedPractice(Practice Practice, DateTimeOffset Expires);
}
