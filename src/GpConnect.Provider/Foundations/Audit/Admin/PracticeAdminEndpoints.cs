using System.Text.Json;
using System.Text.Json.Serialization;
using GpConnect.Provider.Store;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GpConnect.Provider.Foundations.Audit.Admin;

/// <summary>
/// Onboarding a practice without editing code or seed data: <c>GET /admin/practices</c> lists the practices served,
/// <c>POST /admin/practices</c> adds one (ODS code, name, ASID, switches), <c>PATCH /admin/practices/{odsCode}/switches</c>
/// changes its switches. Outside the SSP surface and guarded by <see cref="AdminApiKey"/>, like the audit trail.
/// A bad request is 400 with a problem body naming each bad field and changes nothing; an ODS code already known
/// (as a practice or any other organisation) is 409.
/// </summary>
/// <remarks>
/// A new practice is served at once: unknown ODS codes are never cached. A switch change reaches requests within
/// <see cref="GpConnectOptions.PracticeCacheLifetime"/>, on this instance as on every other one, since each keeps the
/// practices it has served for that long (<see cref="ServiceRoots.PracticeDirectory"/>); the answer says so.
/// </remarks>
public static class PracticeAdminEndpoints
{
    public const string Route = "/admin/practices";
    public const string Tag = "Practice administration";

    private static readonly JsonSerializerOptions s_strictJson = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static IEndpointRouteBuilder MapPracticeAdministration(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var practices = endpoints.MapGroup(Route).AddEndpointFilter<AdminApiKey>().WithTags(Tag)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        practices.MapGet("/", ListAsync)
            .WithName("ListPractices").WithSummary("Lists the practices this provider serves.")
            .Produces<List<PracticeView>>();
        practices.MapGet("/{odsCode}", ReadAsync)
            .WithName("ReadPractice").WithSummary("Reads one practice.")
            .Produces<PracticeView>().ProducesProblem(StatusCodes.Status404NotFound);
        practices.MapPost("/", OnboardAsync)
            .WithName("OnboardPractice").WithSummary("Starts serving a practice at /{odsCode}/STU3/1/gpconnect.")
            .Accepts<PracticeOnboarding>("application/json")
            .Produces<PracticeView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        practices.MapPatch("/{odsCode}/switches", ChangeSwitchesAsync)
            .WithName("ChangePracticeSwitches")
            .WithSummary("Turns a practice's capability switches on or off; switches left out are unchanged.")
            .Accepts<PracticeSwitchSettings>("application/json")
            .Produces<PracticeSwitchesChanged>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return endpoints;
    }

    private static async Task<IResult> ListAsync(ClinicalRecordDbContext store, CancellationToken cancellationToken)
    {
        var practices = await store.Practices.AsNoTracking().Include(p => p.Organisation)
            .OrderBy(p => p.Organisation.OdsCode).ToListAsync(cancellationToken);
        return Results.Ok(practices.Select(PracticeView.Of).ToList());
    }

    private static async Task<IResult> ReadAsync(string odsCode, ClinicalRecordDbContext store, CancellationToken cancellationToken) =>
        await FindAsync(store.Practices.AsNoTracking(), odsCode, cancellationToken) is { } practice
            ? Results.Ok(PracticeView.Of(practice))
            : NotServed(odsCode);

    private static async Task<IResult> OnboardAsync(HttpRequest request, ClinicalRecordDbContext store, CancellationToken cancellationToken)
    {
        var (onboarding, refusal) = await ReadBodyAsync<PracticeOnboarding>(request, cancellationToken);
        if (onboarding is null)
        {
            return refusal!;
        }

        var problems = PracticeOnboardingValidator.Problems(onboarding);
        if (problems.Count > 0)
        {
            return Results.ValidationProblem(problems, title: "The practice was not onboarded: fix the fields below.");
        }

        var odsCode = onboarding.OdsCode!;
        if (await store.Organisations.AnyAsync(o => o.OdsCode == odsCode, cancellationToken))
        {
            return AlreadyKnown(odsCode);
        }

        var practice = new Practice
        {
            Organisation = new Organisation { OdsCode = odsCode, Name = onboarding.Name!.Trim(), Kind = OrganisationKind.GpPractice },
            Asid = onboarding.Asid!,
        };
        onboarding.Switches?.ApplyTo(practice);
        store.Practices.Add(practice);
        try
        {
            await store.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another administrator may have onboarded the same ODS code between the check and the insert: the
            // unique index held, and that is a conflict, not a failure.
            store.ChangeTracker.Clear();
            if (await store.Organisations.AsNoTracking().AnyAsync(o => o.OdsCode == odsCode, cancellationToken))
            {
                return AlreadyKnown(odsCode);
            }

            throw;
        }

        var view = PracticeView.Of(practice);
        return Results.Created($"{Route}/{odsCode}", view);
    }

    private static async Task<IResult> ChangeSwitchesAsync(
        string odsCode,
        HttpRequest request,
        ClinicalRecordDbContext store,
        IOptions<GpConnectOptions> options,
        CancellationToken cancellationToken)
    {
        var (switches, refusal) = await ReadBodyAsync<PracticeSwitchSettings>(request, cancellationToken);
        if (switches is null)
        {
            return refusal!;
        }

        if (switches.IsEmpty)
        {
            return Results.ValidationProblem(
                new Dictionary<string, string[]> { ["switches"] = ["Give at least one switch, e.g. {\"accessRecordStructured\": false}."] },
                title: "No switch was changed.");
        }

        if (await FindAsync(store.Practices, odsCode, cancellationToken) is not { } practice)
        {
            return NotServed(odsCode);
        }

        switches.ApplyTo(practice);
        await store.SaveChangesAsync(cancellationToken);
        return Results.Ok(new PracticeSwitchesChanged(PracticeView.Of(practice), options.Value.PracticeCacheLifetime));
    }

    /// <summary>
    /// Reads a JSON body strictly (an unknown field is a mistake worth telling, not something to ignore); on failure
    /// gives the 415 or 400 answer instead.
    /// </summary>
    private static async Task<(T? Body, IResult? Refusal)> ReadBodyAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the body as application/json."));
        }

        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(request.Body, s_strictJson, cancellationToken);
            return body is null ? (null, BadBody("The body is empty or null.")) : (body, null);
        }
        catch (JsonException ex)
        {
            return (null, BadBody($"The body is not the expected JSON: {ex.Message}"));
        }
    }

    private static IResult BadBody(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request body could not be read.", detail: detail);

    private static IResult NotServed(string odsCode) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No practice with ODS code '{odsCode}' is served here.");

    private static IResult AlreadyKnown(string odsCode) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: $"ODS code '{odsCode}' is already known to this provider.");

    private static Task<Practice?> FindAsync(IQueryable<Practice> practices, string odsCode, CancellationToken cancellationToken) =>
        practices.Include(p => p.Organisation).SingleOrDefaultAsync(p => p.Organisation.OdsCode == odsCode, cancellationToken);
}
