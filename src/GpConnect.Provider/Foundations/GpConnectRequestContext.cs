using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Foundations.Jwt;
using GpConnect.Provider.Store.Entities;

namespace GpConnect.Provider.Foundations;

/// <summary>Reads <see cref="IGpConnectRequestContext"/> from the features the pipeline set on the current request.</summary>
public sealed class GpConnectRequestContext(IHttpContextAccessor accessor) : IGpConnectRequestContext
{
    private HttpContext Http => accessor.HttpContext ?? throw new InvalidOperationException("There is no current GP Connect request.");

    public Practice Practice => Feature<Practice>();

    public GpConnectInteraction Interaction => Feature<GpConnectInteractionFeature>().Interaction;

    public GpConnectCaller Caller => Feature<GpConnectCaller>();

    public string SspTraceId => Http.Request.Headers[GpConnectHeaders.SspTraceId].ToString();

    private T Feature<T>() =>
        Http.Features.Get<T>() ?? throw new InvalidOperationException($"The pipeline has not established {typeof(T).Name} for this request.");
}
