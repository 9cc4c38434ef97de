using GpConnect.Provider.Foundations.Errors;
using GpConnect.Provider.Foundations.Fhir;
using GpConnect.Provider.Store;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Stu3 = GpConnect.Fhir.Stu3.Model;

namespace GpConnect.Provider.Foundations.Practitioners;

/// <summary>
/// Practitioner search by SDS user id and read by logical id (Foundations, "Practitioner search/read"). An SDS user
/// id is not unique here (the assurance data holds one on two records), so a search may return several.
/// </summary>
public sealed class PractitionerDirectory(ClinicalRecordDbContext store)
{
    private static readonly string[] s_searchSystems = [IdentifierSystems.SdsUserId];

    public async Task<IReadOnlyList<Stu3.Practitioner>> SearchAsync(QueryString query, CancellationToken cancellationToken)
    {
        var identifier = IdentifierSearchParameter.Parse(query, s_searchSystems);
        var practitioners = await Practitioners()
            .Where(p => p.SdsUserId == identifier.Value)
            .OrderBy(p => p.Id)
            .ToListAsync(cancellationToken);
        return [.. practitioners.Select(PractitionerMapper.ToFhir)];
    }

    public async Task<Stu3.Practitioner> ReadAsync(string id, CancellationToken cancellationToken)
    {
        var practitioner = LogicalId.TryParse(id, out var key)
            ? await Practitioners().SingleOrDefaultAsync(p => p.Id == key, cancellationToken)
            : null;
        return practitioner is null
            ? throw new GpConnectException(SpineErrorCode.PractitionerNotFound, $"No practitioner has logical id '{id}'.")
            : PractitionerMapper.ToFhir(practitioner);
    }

    private IQueryable<Practitioner> Practitioners() =>
        store.Practitioners.AsNoTracking().Include(p => p.Roles);
}
