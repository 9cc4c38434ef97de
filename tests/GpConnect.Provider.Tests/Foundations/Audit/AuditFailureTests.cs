using System.Net;
using GpConnect.Provider.Tests.Foundations.Pipeline;
using Npgsql;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Audit;

/// <summary>
/// The audit trail cannot be bypassed: when the entry cannot be stored, data is not disclosed (hazard "audit record
/// missing for a disclosure") and the consumer is told the store is unavailable, while a refusal, which discloses
/// nothing, still reaches the consumer (its entry waits in the audit journal). The store is
/// made to refuse audit inserts with a trigger, removed after each test.
/// </summary>
[Trait("Category", "Integration")]
public sealed class AuditFailureTests(PipelineApiFactory factory) : PipelineTestBase(factory), IClassFixture<PipelineApiFactory>, IAsyncLifetime
{
    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await ExecuteAsync(
            """
            CREATE OR REPLACE FUNCTION gpconnect.refuse_audit() RETURNS trigger LANGUAGE plpgsql AS
            $$ BEGIN RAISE EXCEPTION 'audit store refuses inserts (test)'; END $$;
            CREATE TRIGGER refuse_audit BEFORE INSERT ON gpconnect.audit_entries FOR EACH ROW EXECUTE FUNCTION gpconnect.refuse_audit();
            """);
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await ExecuteAsync("DROP TRIGGER IF EXISTS refuse_audit ON gpconnect.audit_entries; DROP FUNCTION IF EXISTS gpconnect.refuse_audit();");
        await DisposeAsync();
    }

    [Fact]
    public async Task GivenTheAuditEntryCannotBeStored_WhenReadingAPatient_ThenThePatientIsWithheldAndTheStoreReportedUnavailable()
    {
        using var response = await Factory.SendAsync(ProbeRead());

        await response.ShouldBeOperationOutcomeAsync(HttpStatusCode.ServiceUnavailable, "INTERNAL_SERVER_ERROR");
    }

    [Fact]
    public async Task GivenTheAuditEntryCannotBeStored_WhenARequestIsRefused_ThenTheRefusalStillReachesTheConsumer()
    {
        using var response = await Factory.SendAsync(ProbeRead().WithoutHeader("Ssp-From"));

        await response.ShouldBeOperationOutcomeAsync(HttpStatusCode.BadRequest, "BAD_REQUEST");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Factory.Database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
