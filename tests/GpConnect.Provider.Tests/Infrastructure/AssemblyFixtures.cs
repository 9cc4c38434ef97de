using GpConnect.Provider.Tests.Infrastructure;
using Xunit;

// One PostgreSQL server per test run, shared by every database test (each gets its own database).
[assembly: AssemblyFixture(typeof(PostgresFixture))]
