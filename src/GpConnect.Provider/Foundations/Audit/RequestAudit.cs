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
    ILogger<RequestAudit> logger) : IRequestAudit
{
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
    /// Commits the entry of a response about to disclose data (<paramref name="statusCode"/>, no Spine code) before
    /// any byte of it leaves. False when the store did not take it: the caller withholds the response and answers
    /// the outage instead, whose refusal is then audited in its place.
    /// </summary>
    internal async Task<bool> CommitBeforeDisclosureAsync(int statusCode)
    {
        if (_written || _context is null)
        {
            return true;
        }

        try
        {
            if (_joinedTransaction is { } joined && await WasCommittedAsync(joined))
            {
                _written = true;
                return true;
            }

            await auditTrail.AppendAsync(AuditEntryFactory.Create(_context, statusCode, outcomeSpineCode: null, _patientNhsNumber));
            _written = true;
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An outage is reported once, by the 503 the caller answers in place of the data; anything else is a fault.
            if (!StoreOutage.IsUnavailable(ex))
            {
                LogDisclosureWithheld(logger, ex, statusCode, _context.TraceIdentifier);
            }

            return false;
        }
    }

    /// <summary>
    /// Writes the entry from the response as it stands, unless it is written already. A refusal, which discloses
    /// nothing, is journaled when the store is down (<see cref="AuditTrail.AppendOrJournalAsync"/>) and committed once
    /// it is back. Returns false when the entry could not be kept at all; the caller decides whether the response
    /// may still go out.
    /// </summary>
    internal async Task<bool> WriteOnceAsync()
    {
        if (_written || _context is null)
        {
            return true;
        }

        _written = true;
        var statusCode = _context.Response.StatusCode;
        try
        {
            if (_joinedTransaction is { } joined && await WasCommittedAsync(joined))
            {
                return true;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The store went away after the write's commit was attempted: the response (a failure) is audited below,
            // and an outage is reported once, by its 503.
            if (!StoreOutage.IsUnavailable(ex))
            {
                LogCommitUnknown(logger, ex, _context.TraceIdentifier);
            }
        }

        try
        {
            var outcome = _context.Features.Get<SpineOutcomeFeature>();
            var entry = AuditEntryFactory.Create(_context, statusCode, outcome?.Error.Code, _patientNhsNumber);

            // Group-committed on the trail's own store: the request's may hold the failed changes that made this
            // request fail. Not cancellable: a consumer that hangs up is audited all the same.
            if (statusCode >= StatusCodes.Status400BadRequest)
            {
                await auditTrail.AppendOrJournalAsync(entry);
            }
            else
            {
                await auditTrail.AppendAsync(entry);
            }

            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogAuditFailure(logger, ex, statusCode, _context.TraceIdentifier);
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

    [LoggerMessage(Level = LogLevel.Error, Message = "The audit entry of a GP Connect response ({StatusCode}, {TraceIdentifier}) could not be committed; the response is withheld")]
    private static partial void LogDisclosureWithheld(ILogger logger, Exception exception, int statusCode, string traceIdentifier);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Whether the write of {TraceIdentifier} committed with its audit entry could not be checked")]
    private static partial void LogCommitUnknown(ILogger logger, Exception exception, string traceIdentifier);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The audit entry of a GP Connect request ({StatusCode}, {TraceIdentifier}) could not be written")]
    private static partial void LogAuditFailure(ILogger logger, Exception exception, int statusCode, string traceIdentifier);
}
