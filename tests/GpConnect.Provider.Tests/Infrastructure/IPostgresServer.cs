namespace GpConnect.Provider.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL server shared by the whole test run. Tests never use its maintenance database directly: they ask
/// <see cref="PostgresFixture"/> for a database of their own.
/// </summary>
public interface IPostgresServer : IAsyncDisposable
{
    /// <summary>Says where the server came from, so a failing run tells which PostgreSQL it talked to.</summary>
    string Description { get; }

    /// <summary>A superuser connection to the maintenance database, used to create and drop test databases.</summary>
    string AdminConnectionString { get; }
}
