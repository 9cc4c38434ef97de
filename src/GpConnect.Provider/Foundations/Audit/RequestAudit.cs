using GpConnect.Provider.Foundations.Errors;
using GpConnect.Provider.Store;
using GpConnect.Provider.Store.Audit;
using GpConnect.Provider.Store.Domain;
using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace GpConnect.Provider.Foundations.Audit;

/// <summary>
/// The one audit entry of a GP Connect request (scoped). <see cref="AuditMiddleware"/> attaches it to the request
/// and has it written exactly once: by a write interaction inside its own transaction
/// (<see cref="SaveChangesWithAuditAsync"/>), or else by the pipeline just before the response starts.
/// </summary>
public sealed partial class RequestAudit(
    ClinicalRecordDbContext requestStore,
    AuditTrail auditTrail,
    IServiceScopeFactory scopes,
    Serilog.IDiagnosticContext diagnosticContext,
    ILogger<RequestAudit> logger) : IRequestAudit
{
    /// <summary>Set on the request-completion log event when the store was down and the entry could not be written.</summary>
    public const string AuditEntryLostProperty = "AuditEntryLost";

    private HttpContext? _context;
    private string? _patientNhsNumber;
    private bool _written;
    private AuditEntry? _joinedTransaction;

    internal void Attach(HttpContext context) => _context = context;

    public void RecordPatient(string nhsNumber)
    {
        if (NhsNumber.HasTenDigits(nhsNumber))
        {
            _patientNhsNumber = nhsNumber;
        }
    }

    public async Task SaveChangesWithAuditAsync(int outcomeHttpStatus, CancellationToken cancellationToken)
    {
        var context = _context ?? throw new InvalidOperationException("Only a GP Connect request has an audit entry to save.");
        var entry = AuditEntryFactory.Create(context, outcomeHttpStatus, outcomeSpineCode: null, _patientNhsNumber);
        var joining = requestStore.Database.CurrentTransaction is not null;
        await auditTrail.AppendAsync(requestStore, entry, cancellationToken);
        if (joining)
        {
            _joinedTransaction = entry;
        }
        else
        {
            _written = true;
        }
    }

    /// <summary>
    /// Writes the entry from the response as it stands, unless a write interaction already did. Returns false when the entry
    /// could not be written (the store is down); the caller decides whether the response may still go out.
    /// </summary>
    internal async Task<bool> WriteOnceAsync()
    {
        if (_written || _context is null)
        {
            return true;
        }

        _written = true;
        try
        {
            if (_joinedTransaction is { } joined && await WasCommittedAsync(joined))
            {
                return true;
            }

            var outcome = _context.Features.Get<SpineOutcomeFeature>();
            var entry = AuditEntryFactory.Create(_context, _context.Response.StatusCode, outcome?.Error.Code, _patientNhsNumber);

            // Group-committed on the trail's own store: the request's may hold the failed changes that made this
            // request fail. Not cancellable: a consumer that hangs up is audited all the same.
            await auditTrail.AppendAsync(entry);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (StoreUnavailable.Is(ex) && _context.Response.StatusCode >= StatusCodes.Status400BadRequest)
            {
                // The outage the refusal already reports: its one log event (the 503's warning) says the entry was
                // lost, rather than a second line with a stack trace for the same cause.
                diagnosticContext.Set(AuditEntryLostProperty, true);
                LogAuditLostToOutage(logger, _context.Response.StatusCode, _context.TraceIdentifier);
            }
            else
            {
                LogAuditFailure(logger, ex, _context.Response.StatusCode, _context.TraceIdentifier);
            }

            return false;
        }
    }

    /// <summary>Whether the write's transaction, which the entry joined, really committed.</summary>
    private async Task<bool> WasCommittedAsync(AuditEntry joined)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ClinicalRecordDbContext>();
        return await store.AuditEntries.AnyAsync(e => e.Id == joined.Id && e.SequenceNumber == joined.SequenceNumber);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "The audit entry of a GP Connect request ({StatusCode}, {TraceIdentifier}) was not written: the clinical record store is unavailable")]
    private static partial void LogAuditLostToOutage(ILogger logger, int statusCode, string traceIdentifier);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The audit entry of a GP Connect request ({StatusCode}, {TraceIdentifier}) could not be written")]
    private static partial void LogAuditFailure(ILogger logger, Exception exception, int statusCode, string traceIdentifier);
}
