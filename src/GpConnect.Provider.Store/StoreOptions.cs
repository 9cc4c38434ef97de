namespace GpConnect.Provider.Store;

/// <summary>The <c>"Database"</c> configuration section (e.g. <c>Database__Provider=Postgres</c> in docker-compose).</summary>
public sealed class StoreOptions
{
    public const string SectionName = "Database";

    public const string DefaultSqliteConnectionString = "Data Source=gpconnect.db";

    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>Defaults to <see cref="DefaultSqliteConnectionString"/> for SQLite; required for PostgreSQL.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations when the host starts (never EnsureCreated).</summary>
    public bool ApplyMigrationsOnStartup { get; set; } = true;

    /// <summary>
    /// Seed the reference practice B82617 and the GP Connect assurance test patients: on in Development
    /// (appsettings.Development.json), off otherwise, so a production store never gets demo patients by accident.
    /// </summary>
    public bool SeedDemoData { get; set; }

    /// <summary>
    /// The local file that keeps the audit entries of refusals answered while the store was down, until the store
    /// takes them (<see cref="Audit.AuditJournal"/>). Relative paths are from the working directory. One per
    /// provider instance: instances must not share it.
    /// </summary>
    public string AuditJournalPath { get; set; } = "gpconnect-audit-journal.jsonl";

    /// <summary>The connection string to use, with the SQLite default filled in.</summary>
    public string ResolveConnectionString()
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        return Provider == StoreProvider.Sqlite
            ? DefaultSqliteConnectionString
            : throw new InvalidOperationException($"{SectionName}:ConnectionString is required when {SectionName}:Provider is {StoreProvider.Postgres}.");
    }
}
