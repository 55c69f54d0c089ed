using Microsoft.Extensions.Hosting;

namespace PackStation.Packing.Printing;

/// <summary>Hosts one printer's <see cref="PrintQueue"/> for the life of the service.</summary>
public sealed class PrintQueueService(PrintQueue queue) : BackgroundService
{
    public PrintQueue Queue { get; } = queue;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Queue.RunAsync(stoppingToken);
}
