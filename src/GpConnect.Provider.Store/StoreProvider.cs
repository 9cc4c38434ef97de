namespace GpConnect.Provider.Store;

/// <summary>Which database holds the clinical record.</summary>
public enum StoreProvider
{
    /// <summary>An embedded SQLite file: the default, so <c>dotnet run</c> works with nothing installed.</summary>
    Sqlite,

    /// <summary>PostgreSQL: production.</summary>
    Postgres,
}
