using Microsoft.Extensions.Hosting;
using PackStation.Domain.Ports;

namespace PackStation.Storage;

/// <summary>Migrates the store at start. Registered first, so the stations and sync find the schema ready.</summary>
public sealed class StoreMigrationService(IStoreSchema schema) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => schema.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
