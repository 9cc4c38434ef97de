using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GpConnect.Provider.Store;

/// <summary>
/// EF Core logs a failed command, connection, query or save as an error, stack trace included, and then throws the
/// same exception to its caller, which decides what it means: the host answers 503 for an outage and logs one line,
/// or 500 and logs the stack trace once; the migrator probes the migrations history table of an empty database and
/// carries on. Logged by EF Core as well, every failure would be two or three errors, and a first start against an
/// empty database would look broken. So EF Core does not report these itself. Not even at Debug: its report carries
/// the database's error detail, which can quote the values refused (an NHS number in a duplicate key), and nothing
/// clinical belongs in the application log.
/// </summary>
internal static class StoreFailureLogging
{
    public static DbContextOptionsBuilder LeaveStoreFailuresToTheirCallers(this DbContextOptionsBuilder builder) =>
        builder.ConfigureWarnings(warnings => warnings.Ignore(
            RelationalEventId.CommandError,
            RelationalEventId.ConnectionError,
            RelationalEventId.TransactionError,
            CoreEventId.QueryIterationFailed,
            CoreEventId.SaveChangesFailed));
}
