using Microsoft.Extensions.Hosting;
using PackStation.Domain.Ports;

namespace PackStation.Storage;

/// <summary>
/// Opens the store for a service at start: holds it (<see cref="IServiceLock"/>: one service per SQLite store), then
/// checks and migrates it. Registered first, so the stations and sync find it held and the schema ready.
/// </summary>
public sealed class StoreMigrationService(IServiceLock serviceLock, IStoreSchema schema) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await serviceLock.AcquireAsync(cancellationToken);
        await schema.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
