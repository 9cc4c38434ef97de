using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace GpConnect.Provider.Store;

/// <summary>
/// EF Core logs a failed command, connection, query or save as an error, stack trace included, and then throws the
/// same exception to its caller, which decides what it means: the host answers 503 for an outage and logs one line,
/// or 500 and logs the stack trace once; the migrator probes the migrations history table of an empty database and
/// carries on. Logged by EF Core as well, every failure would be two or three errors, and a first start against an
/// empty database would look broken. So EF Core's own reports of these go to Debug.
/// </summary>
internal static class StoreFailureLogging
{
    public static DbContextOptionsBuilder LogStoreFailuresAsDebug(this DbContextOptionsBuilder builder) =>
        builder.ConfigureWarnings(warnings => warnings.Log(
            (RelationalEventId.CommandError, LogLevel.Debug),
            (RelationalEventId.ConnectionError, LogLevel.Debug),
            (RelationalEventId.TransactionError, LogLevel.Debug),
            (CoreEventId.QueryIterationFailed, LogLevel.Debug),
            (CoreEventId.SaveChangesFailed, LogLevel.Debug)));
}
