using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace GpConnect.Provider.Store.Audit;

/// <summary>
/// Writes a group of audit entries with PostgreSQL's binary COPY, in the transaction already open on the store's
/// connection. EF's per-entity inserts were the dearest part of every read's audit on the provider's side, and the
/// group is written while every other appender waits on the sequence lock. Columns, names and store types come from
/// the EF model, so the COPY writes exactly what an EF insert would (a test compares the two); the generated key is
/// left to the database and not read back, which the group-committed reads do not need.
/// </summary>
internal static class PostgresAuditCopy
{
    public static async Task WriteAsync(PostgresClinicalRecordDbContext store, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var entityType = store.Model.FindEntityType(typeof(AuditEntry))
            ?? throw new InvalidOperationException("The model has no audit entries.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Where(property => property.ValueGenerated == ValueGenerated.Never)
            .Select(property => new Column(property, property.GetColumnName(table)!, property.GetRelationalTypeMapping().StoreTypeNameBase))
            .ToList();

        var connection = (NpgsqlConnection)store.Database.GetDbConnection();
        var tableName = table.Schema is null ? Quote(table.Name) : $"{Quote(table.Schema)}.{Quote(table.Name)}";
        var copy = $"COPY {tableName} ({string.Join(", ", columns.Select(column => Quote(column.Name)))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var entry in entries)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                if (column.Property.GetGetter().GetClrValue(entry) is { } value)
                {
                    await importer.WriteAsync(value, column.StoreType, cancellationToken);
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed record Column(IProperty Property, string Name, string StoreType);
}
