using System.Runtime.CompilerServices;
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
    /// <summary>The COPY statement and its columns, worked out once per model rather than for every group.</summary>
    private static readonly ConditionalWeakTable<IModel, CopyPlan> s_plans = [];

    public static async Task WriteAsync(PostgresClinicalRecordDbContext store, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var plan = s_plans.GetValue(store.Model, PlanFor);
        var connection = (NpgsqlConnection)store.Database.GetDbConnection();
        await using var importer = await connection.BeginBinaryImportAsync(plan.Statement, cancellationToken);
        foreach (var entry in entries)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in plan.Columns)
            {
                if (column.Getter.GetClrValue(entry) is { } value)
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

    private static CopyPlan PlanFor(IModel model)
    {
        var entityType = model.FindEntityType(typeof(AuditEntry))
            ?? throw new InvalidOperationException("The model has no audit entries.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var properties = entityType.GetProperties().Where(property => property.ValueGenerated == ValueGenerated.Never).ToList();
        var tableName = table.Schema is null ? Quote(table.Name) : $"{Quote(table.Schema)}.{Quote(table.Name)}";
        var columnNames = string.Join(", ", properties.Select(property => Quote(property.GetColumnName(table)!)));
        return new CopyPlan(
            $"COPY {tableName} ({columnNames}) FROM STDIN (FORMAT BINARY)",
            [.. properties.Select(property => new Column(property.GetGetter(), property.GetRelationalTypeMapping().StoreTypeNameBase))]);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed record CopyPlan(string Statement, IReadOnlyList<Column> Columns);

    private sealed record Column(IClrPropertyGetter Getter, string StoreType);
}
