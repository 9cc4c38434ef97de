using System.Data.Common;
using System.Net.Sockets;

namespace GpConnect.Provider.Foundations.Errors;

/// <summary>
/// Recognises a failure that means the clinical record store is unavailable rather than that the request or our
/// code is wrong, so the consumer gets 503 (retry later) instead of 500. A store dying under load fails in many
/// shapes, wrapped by EF Core or not: a refused connection, a broken socket mid-read, PostgreSQL's "terminating
/// connection due to administrator command" (57P01) or "the database system is shutting down" (57P03).
/// </summary>
public static class StoreOutage
{
    /// <summary>SQLSTATEs of a store going away: class 08 (connection exception) plus these.</summary>
    private static readonly string[] s_unavailableStates = ["57P01", "57P02", "57P03", "53300", "58000", "58030"];

    public static bool IsUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current switch
            {
                AuditNotStoredException or TimeoutException or SocketException or EndOfStreamException => true,
                DbException { IsTransient: true } => true,
                DbException { SqlState: { } state } => state.StartsWith("08", StringComparison.Ordinal) || s_unavailableStates.Contains(state),
                _ => false,
            })
            {
                return true;
            }
        }

        return false;
    }
}
