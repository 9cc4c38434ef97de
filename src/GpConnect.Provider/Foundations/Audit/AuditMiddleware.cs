using GpConnect.Provider.Foundations.ServiceRoots;

namespace GpConnect.Provider.Foundations.Audit;

/// <summary>
/// Every request to a GP Connect root leaves exactly one audit entry, accepted, rejected at any stage or failed
/// (foundations, "Enablement and governance switches": audit all API access, including failures with their error
/// code; it cannot be switched off). The entry is written as the response starts, when status and Spine code are
/// final but no byte has left: if it cannot be written, a successful response is not sent (the consumer gets a
/// broken response instead of unaudited data), while an error response, which discloses nothing, still goes out.
/// </summary>
public sealed class AuditMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, RequestAudit audit)
    {
        if (!ServiceRootRequests.IsGpConnectRequest(context))
        {
            await next(context);
            return;
        }

        audit.Attach(context);
        context.Response.OnStarting(async () =>
        {
            if (!await audit.WriteOnceAsync() && context.Response.StatusCode < StatusCodes.Status400BadRequest)
            {
                throw new InvalidOperationException("No response is disclosed without its audit entry.");
            }
        });

        try
        {
            await next(context);
        }
        finally
        {
            // A response that never started (the consumer hung up, the server aborted) is audited here instead.
            await audit.WriteOnceAsync();
        }
    }
}
