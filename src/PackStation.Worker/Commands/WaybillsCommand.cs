using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PackStation.Packing.Waybills;
using PackStation.Storage;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Commands;

/// <summary>
/// <c>packstation waybills --count N [--printer P] [--template T]</c>: prints e-waybills for the next N ready orders
/// (earliest ship-by first) before picking. The jobs go into station P's print queue (default <c>Waybills:Printer</c>,
/// else the first station), which the running service prints in order. One line per waybill: order, tracking number, job.
/// </summary>
public sealed class WaybillsCommand : ICliCommand
{
    public string Name => "waybills";

    public string Usage => "waybills --count N [--printer P] [--template T]";

    public string Summary => "print e-waybills for the next N ready orders before picking";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>();

    public async Task<int> RunAsync(CliContext context, CliArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var count = arguments.GetInt("count", 0);
        if (count < 1)
            throw new CliUsageException("--count N is required (N ≥ 1).");

        await using var services = await context.BuildServicesAsync(
            (s, c) => s.AddPackStationStorage(c).AddPackStationWaybills(c), cancellationToken);

        WaybillBatch batch;
        try
        {
            batch = await services.GetRequiredService<WaybillBatchPrinter>().PrintAsync(count, arguments.Get("printer"), arguments.Get("template"), cancellationToken);
        }
        catch (WaybillBatchException e)
        {
            await context.Error.WriteLineAsync($"packstation waybills: {e.Message}");
            return ExitCodes.Invalid;
        }

        foreach (var w in batch.Waybills)
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{w.OrderId}\t{w.TrackingNumber}\tjob {w.JobId}"));
        foreach (var problem in batch.Problems)
            await context.Error.WriteLineAsync($"skipped {problem}");
        await context.Error.WriteLineAsync($"{batch.Waybills.Count} waybills queued on {batch.Printer} (batch {batch.BatchId}); the service prints them in this order");
        return batch.Waybills.Count == 0 && count > 0 && batch.Problems.Count > 0 ? ExitCodes.Failed : ExitCodes.Ok;
    }
}
