using GpConnect.Provider.Foundations.Errors;
using GpConnect.Provider.Store;

namespace GpConnect.Provider.Foundations.ServiceRoots;

/// <summary>
/// Resolves the <c>{odsCode}</c> of a service root to a practice we host, before any interaction runs, and makes it
/// available as a request feature. An ODS code we do not host is 404 ORGANISATION_NOT_FOUND.
/// </summary>
public sealed class PracticeResolutionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, PracticeDirectory practices)
    {
        if (context.Request.RouteValues.TryGetValue(GpConnectRoutes.OdsCodeParameter, out var value) && value is string odsCode)
        {
            var store = context.RequestServices.GetRequiredService<ClinicalRecordDbContext>();
            var practice = await practices.FindAsync(store, odsCode, context.RequestAborted)
                ?? throw new GpConnectException(
                    SpineErrorCode.OrganisationNotFound,
                    $"This provider hosts no GP Connect endpoint for ODS code '{odsCode}'.");
            context.Features.Set(practice);
        }

        await next(context);
    }
}
