using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using PackStation.Packing.Printing;

namespace PackStation.Packing.Stations;

/// <summary>
/// Everything a station reacts to, in one queue in arrival order: scans, scale readings, device health, a periodic
/// tick, and the news of its printer's queue (which it runs). A device reader or the print queue that fails is started
/// again after a second; nothing here decides anything — <see cref="StationLoop"/> reads the queue.
/// </summary>
internal sealed class StationInputs(string stationId, StationDevices devices, PrintQueue printQueue, TimeSpan tickInterval,
    TimeProvider clock, ILogger logger)
{
    private static readonly TimeSpan RestartDelay = TimeSpan.FromSeconds(1);
    private readonly Channel<StationInput> _queue = Channel.CreateUnbounded<StationInput>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<StationInput> Reader => _queue.Reader;

    /// <summary>Device health and the print queue's news become inputs from now on.</summary>
    public void Listen()
    {
        devices.Scanner.HealthChanged += (_, health) => Write(new DeviceHealthArrived("scanner", health));
        devices.Scale.HealthChanged += (_, health) => Write(new DeviceHealthArrived("scale", health));
        devices.Printer.HealthChanged += (_, health) => Write(new DeviceHealthArrived("printer", health));
        printQueue.StateChanged += (_, _) => Write(new PrintQueueChanged(null));
        printQueue.JobFinished += (_, job) => Write(new PrintQueueChanged(job));
    }

    /// <summary>Reads the scanner and the scale, ticks, and runs the print queue, until cancelled.</summary>
    public Task RunAsync(CancellationToken cancellationToken) => Task.WhenAll(
        KeepRunningAsync("scanner", async token =>
        {
            await foreach (var scan in devices.Scanner.ReadScansAsync(token))
                Write(new ScanArrived(scan));
        }, cancellationToken),
        KeepRunningAsync("scale", async token =>
        {
            await foreach (var reading in devices.Scale.ReadingsAsync(token))
                Write(new WeightArrived(reading));
        }, cancellationToken),
        KeepRunningAsync("print queue", printQueue.RunAsync, cancellationToken),
        TickAsync(cancellationToken));

    private void Write(StationInput input) => _queue.Writer.TryWrite(input);

    /// <summary>Runs <paramref name="run"/> until it ends or the station stops; after a failure, again a second later.</summary>
    private async Task KeepRunningAsync(string role, Func<CancellationToken, Task> run, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await run(cancellationToken);
                return;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A device, store or printer error must not end the reader for good (print jobs stay in the store).
                logger.DeviceFailed(e, stationId, role);
                try
                {
                    await Task.Delay(RestartDelay, clock, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(tickInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
                Write(new Tick());
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }
}
