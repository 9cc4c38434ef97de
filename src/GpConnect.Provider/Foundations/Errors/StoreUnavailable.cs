using System.Data.Common;

namespace GpConnect.Provider.Foundations.Errors;

/// <summary>
/// Tells the clinical record store being unavailable (a transient database error or a timeout, which a retry may
/// cure) from every other failure: the former is answered 503 and logged as a warning without stack trace, since
/// the operator needs to know the store is down, not where the code noticed it.
/// </summary>
public static class StoreUnavailable
{
    public static bool Is(Exception exception) => exception is DbException { IsTransient: true }
        or TimeoutException
        or InvalidOperationException { InnerException: DbException { IsTransient: true } };
}
