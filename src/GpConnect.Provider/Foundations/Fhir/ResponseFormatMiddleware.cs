using GpConnect.Provider.Foundations.Interactions;

namespace GpConnect.Provider.Foundations.Fhir;

/// <summary>
/// Settles the response format of an accepted GP Connect interaction before it runs, so a format we cannot answer
/// in is 415 before any work is done: negotiated only when the result was written, a write such as register patient
/// was stored and audited as a success and then answered 415. <see cref="FhirResponseWriter"/> uses the settled format.
/// </summary>
public sealed class ResponseFormatMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<GpConnectInteractionFeature>() is not null)
        {
            context.Features.Set(new NegotiatedFormat(FhirContentNegotiation.ResponseFormatFor(context.Request)));
        }

        return next(context);
    }
}

/// <summary>The response format <see cref="ResponseFormatMiddleware"/> settled for this request.</summary>
public sealed record NegotiatedFormat(FhirFormat Format);
