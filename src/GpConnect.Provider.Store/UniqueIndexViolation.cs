using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GpConnect.Provider.Store;

/// <summary>
/// Tells from the provider's own error whether a failed SaveChanges broke one particular unique index, so a caller
/// can answer "someone else got there first" only when that is what happened: on PostgreSQL by SqlState 23505 and
/// the index's name, on SQLite by SQLITE_CONSTRAINT_UNIQUE and the columns it names. Any other failure (a value too
/// long for its column, a foreign key, a lost connection) is not a lost race.
/// </summary>
public static class UniqueIndexViolation
{
    /// <summary>SQLite's extended result code for a UNIQUE constraint failure.</summary>
    private const int SqliteConstraintUnique = 2067;

    /// <summary>True when <paramref name="exception"/> is the unique index of <typeparamref name="TEntity"/> on <paramref name="property"/> refusing a row.</summary>
    public static bool IsViolationOf<TEntity>(DbUpdateException exception, DbContext store, string property)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(store);
        var entity = store.Model.FindEntityType(typeof(TEntity))
            ?? throw new ArgumentException($"{typeof(TEntity).Name} is not in the model.", nameof(TEntity));
        var index = entity.GetIndexes().SingleOrDefault(i => i.IsUnique && i.Properties is [{ } only] && only.Name == property)
            ?? throw new ArgumentException($"{typeof(TEntity).Name}.{property} has no unique index of its own.", nameof(property));

        return exception.InnerException switch
        {
            PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres => postgres.ConstraintName == index.GetDatabaseName(),
            SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique } sqlite =>
                sqlite.Message.Contains($"{entity.GetTableName()}.{index.Properties[0].GetColumnName()}", StringComparison.Ordinal),
            _ => false,
        };
    }
}
