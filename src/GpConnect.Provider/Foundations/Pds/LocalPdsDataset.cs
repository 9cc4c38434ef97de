using GpConnect.Provider.Store;
using Microsoft.EntityFrameworkCore;

namespace GpConnect.Provider.Foundations.Pds;

/// <summary>
/// PDS answered from the local PDS dataset in the store (<c>pds_records</c>), which stands in for Spine: it holds the
/// assurance list of people known to PDS and the PDS view of the provider's own test patients.
/// </summary>
public sealed class LocalPdsDataset(ClinicalRecordDbContext store) : IPersonalDemographicsService
{
    public async Task<PdsPerson?> RetrieveAsync(string nhsNumber, CancellationToken cancellationToken)
    {
        var record = await store.PdsRecords
            .AsNoTracking()
            .SingleOrDefaultAsync(r => r.NhsNumber == nhsNumber, cancellationToken);
        return record is null
            ? null
            : new PdsPerson(
                record.NhsNumber,
                record.FamilyName,
                record.GivenName,
                record.Gender,
                record.BirthDate,
                record.IsSensitive,
                record.DeceasedOn is not null,
                record.IsSuperseded,
                record.IsInvalid);
    }
}
