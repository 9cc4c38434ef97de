using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GpConnect.Provider.Store;

/// <summary>
/// Runs <see cref="ClinicalRecordInitialiser.InitialiseAsync"/> before the host starts serving, so no request sees a
/// database without its tables or seed (the migrate-in-a-hosted-service pattern of dotnet/eShop).
/// </summary>
internal sealed class ClinicalRecordStartup(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var initialiser = scope.ServiceProvider.GetRequiredService<ClinicalRecordInitialiser>();
            await initialiser.InitialiseAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
