using GpConnect.Provider.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GpConnect.Provider.Foundations.Audit.Admin;

/// <summary>
/// <c>GET /admin/practices/{practiceOdsCode}/audit?from=&amp;to=&amp;limit=</c>: a practice's audit trail, oldest first, for its
/// data protection officer (the audit guidance asks that practices can inspect API access). Outside the SSP surface:
/// no SSP headers or JWT, not audited as a GP Connect request; in the OpenAPI document with the other administration endpoints. Served only when
/// <see cref="AdminOptions.ApiKey"/> is configured, and only to a request that carries that key.
/// </summary>
public static class PracticeAuditEndpoints
{
    public const string Route = "/admin/practices/{practiceOdsCode}/audit";

    private const int DefaultLimit = 1000;
    private const int MaxLimit = 10_000;

    public static IEndpointRouteBuilder MapPracticeAudit(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(Route, ReadAsync)
            .WithTags(PracticeAdminEndpoints.Tag).WithName("ReadPracticeAudit")
            .WithSummary("Reads a practice's audit trail, oldest first.")
            .Produces<List<AuditTrailView>>().ProducesValidationProblem().Produces(StatusCodes.Status401Unauthorized);
        return endpoints;
    }

    /// <remarks>
    /// The query is bound as text and parsed here, after the key check: left to the framework, a value that does not
    /// parse is refused before any of this runs (a bare 400, or an exception where the framework throws on bad input),
    /// and a caller without the key would learn how its query was read.
    /// </remarks>
    private static async Task<IResult> ReadAsync(
        string practiceOdsCode,
        string? from,
        string? to,
        string? limit,
        HttpContext context,
        ClinicalRecordDbContext store,
        IOptions<AdminOptions> options,
        CancellationToken cancellationToken)
    {
        if (!AdminApiKey.Carries(context.Request, options.Value.ApiKey))
        {
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        var window = AuditWindow.Parse(from, to, limit, DefaultLimit, MaxLimit);
        if (window.Problems.Count > 0)
        {
            return Results.ValidationProblem(window.Problems, title: "The audit trail was not read: fix the query parameters below.");
        }

        var query = store.AuditEntries.AsNoTracking().Where(e => e.PracticeOdsCode == practiceOdsCode);
        if (window.From is { } start)
        {
            var utc = start.UtcDateTime;
            query = query.Where(e => e.RecordedAt >= utc);
        }

        if (window.To is { } end)
        {
            var utc = end.UtcDateTime;
            query = query.Where(e => e.RecordedAt < utc);
        }

        var entries = await query
            .OrderBy(e => e.SequenceNumber)
            .Take(window.Limit)
            .Select(e => new AuditTrailView(
                e.SequenceNumber, new DateTimeOffset(DateTime.SpecifyKind(e.RecordedAt, DateTimeKind.Utc)), e.InteractionId, e.SspTraceId,
                e.SspFrom, e.SspTo, e.HttpMethod, e.RequestPath, e.RequestingUserSdsUserId, e.RequestingUserSdsRoleProfileId,
                e.RequestingUserName, e.RequestingOrganisationOdsCode, e.RequestingOrganisation, e.RequestingDevice,
                e.ReasonForRequest, e.RequestedScope, e.PatientNhsNumber, e.OutcomeHttpStatus, e.OutcomeSpineCode))
            .ToListAsync(cancellationToken);
        return Results.Ok(entries);
    }
}
