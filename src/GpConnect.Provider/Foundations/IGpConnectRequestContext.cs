using GpConnect.Provider.Foundations.Interactions;
using GpConnect.Provider.Foundations.Jwt;
using GpConnect.Provider.Store.Entities;

namespace GpConnect.Provider.Foundations;

/// <summary>
/// What the pipeline established about the current GP Connect request, for capability services, which never read
/// <c>HttpContext</c> themselves: the practice the URL addresses, the interaction, the caller and the trace id.
/// Valid inside a GP Connect action; the pipeline has refused the request before an action runs otherwise.
/// </summary>
public interface IGpConnectRequestContext
{
    /// <summary>The practice of the service root's ODS code (with its Organisation), read without tracking.</summary>
    Practice Practice { get; }

    GpConnectInteraction Interaction { get; }

    GpConnectCaller Caller { get; }

    /// <summary><c>Ssp-TraceID</c>; Access Record Structured echoes it as <c>Bundle.id</c>.</summary>
    string SspTraceId { get; }
}
