using GpConnect.Provider.Foundations.Errors;
using GpConnect.Provider.Foundations.Fhir;
using GpConnect.Provider.Store;
using Microsoft.EntityFrameworkCore;
using Stu3 = GpConnect.Fhir.Stu3.Model;

namespace GpConnect.Provider.Foundations.Locations;

/// <summary>
/// Location read by logical id (Foundations, "Location read"; there is no Location search in 1.x). An unknown id is
/// 404 NO_RECORD_FOUND, the spec's catch-all for an unknown logical id (docs/decisions: the reference provider
/// answers REFERENCE_NOT_FOUND instead).
/// </summary>
public sealed class LocationDirectory(ClinicalRecordDbContext store)
{
    public async Task<Stu3.Location> ReadAsync(string id, CancellationToken cancellationToken)
    {
        var location = LogicalId.TryParse(id, out var key)
            ? await store.Locations.AsNoTracking().Include(l => l.Site).SingleOrDefaultAsync(l => l.Id == key, cancellationToken)
            : null;
        return location is null
            ? throw new GpConnectException(SpineErrorCode.NoRecordFound, $"No location has logical id '{id}'.")
            : LocationMapper.ToFhir(location, location.Site);
    }
}
