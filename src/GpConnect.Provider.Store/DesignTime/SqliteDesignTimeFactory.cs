using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GpConnect.Provider.Store.DesignTime;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without the host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteClinicalRecordDbContext>
{
    public SqliteClinicalRecordDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteClinicalRecordDbContext>();
        SqliteClinicalRecordDbContext.Configure(builder, StoreOptions.DefaultSqliteConnectionString);
        return new SqliteClinicalRecordDbContext(builder.Options);
    }
}
