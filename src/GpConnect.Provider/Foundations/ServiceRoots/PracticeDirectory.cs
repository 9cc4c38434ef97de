using GpConnect.Provider.Store;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace GpConnect.Provider.Foundations.ServiceRoots;

/// <summary>The practices this provider hosts a GP Connect endpoint for, looked up by the ODS code in the URL.</summary>
public sealed class PracticeDirectory(ClinicalRecordDbContext store)
{
    /// <summary>Exact, case-sensitive match: GP Connect URLs are case-sensitive.</summary>
    public Task<Practice?> FindAsync(string odsCode, CancellationToken cancellationToken) =>
        store.Practices
            .AsNoTracking()
            .Include(practice => practice.Organisation)
            .SingleOrDefaultAsync(practice => practice.Organisation.OdsCode == odsCode, cancellationToken);
}
