using Microsoft.Net.Http.Headers;

namespace GpConnect.Provider.Foundations;

/// <summary>
/// Every GP Connect response, errors included, carries <c>Cache-Control: no-store</c> (foundations, "Transport and
/// security"; the test pack checks both). Set when the response starts, so no later stage can forget it.
/// </summary>
public sealed class NoStoreMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            ((HttpResponse)state).Headers[HeaderNames.CacheControl] = "no-store";
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }
}
