using GpConnect.Provider.Foundations.Errors;
using GpConnect.Provider.Foundations.Fhir;
using GpConnect.Provider.Store;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Stu3 = GpConnect.Fhir.Stu3.Model;

namespace GpConnect.Provider.Foundations.Organizations;

/// <summary>
/// Organization search by ODS code and read by logical id (Foundations, "Organization search/read"). ODS site codes
/// are sites, served as Locations, so only organisations (practices and others) are found here.
/// </summary>
public sealed class OrganisationDirectory(ClinicalRecordDbContext store)
{
    private static readonly IReadOnlyList<string> s_searchSystems = IdentifierSystems.AcceptedOdsOrganisationCodeSystems;

    public async Task<IReadOnlyList<Stu3.Organization>> SearchAsync(QueryString query, CancellationToken cancellationToken)
    {
        var identifier = IdentifierSearchParameter.Parse(query, s_searchSystems);
        var organisations = await Organisations()
            .Where(o => o.OdsCode == identifier.Value)
            .OrderBy(o => o.Id)
            .ToListAsync(cancellationToken);
        return [.. organisations.Select(OrganizationMapper.ToFhir)];
    }

    public async Task<Stu3.Organization> ReadAsync(string id, CancellationToken cancellationToken)
    {
        var organisation = LogicalId.TryParse(id, out var key)
            ? await Organisations().SingleOrDefaultAsync(o => o.Id == key, cancellationToken)
            : null;
        return organisation is null
            ? throw new GpConnectException(SpineErrorCode.OrganisationNotFound, $"No organisation has logical id '{id}'.")
            : OrganizationMapper.ToFhir(organisation);
    }

    private IQueryable<Organisation> Organisations() =>
        store.Organisations.AsNoTracking().Where(o => o.Kind != OrganisationKind.Site);
}
