using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PackStation.Shops;
using PackStation.Shops.Sync;
using PackStation.Storage;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Commands;

/// <summary>
/// <c>packstation sync [--once]</c>: pulls orders (and the catalogue) from the configured shop into the configured
/// store, with progress on standard error (pages, orders, rate) and a summary on standard output. Without
/// <c>--once</c> it keeps syncing at <c>Shop:Sync:Interval</c> until stopped. Exit 1 when a run stopped early.
/// </summary>
public sealed class SyncCommand : ICliCommand
{
    public string Name => "sync";

    public string Usage => "sync [--once]";

    public string Summary => "pull orders from the configured shop; progress while it runs";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "once" };

    public async Task<int> RunAsync(CliContext context, CliArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        await using var services = await context.BuildServicesAsync(
            (s, c) => s.AddPackStationStorage(c).AddPackStationShops(c), cancellationToken);
        var engine = services.GetRequiredService<OrderSyncEngine>();
        var progress = new Progress<SyncProgress>(p => context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sync {engine.Shop}: page {p.Pages}, {p.Requests} requests, {p.Orders} orders, {p.Rejected} refused, {p.OrdersPerSecond:0.0} orders/s")));
        if (arguments.Has("once"))
            return await RunOnceAsync(context, engine, progress, everything: true, cancellationToken);

        var interval = services.GetRequiredService<IOptions<SyncOptions>>().Value.Interval;
        var signal = services.GetRequiredService<SyncSignal>();
        var everything = true;
        while (!cancellationToken.IsCancellationRequested)
        {
            await RunOnceAsync(context, engine, progress, everything, cancellationToken);
            everything = false;
            await signal.WaitAsync(interval, cancellationToken);
        }

        return ExitCodes.Ok;
    }

    private static async Task<int> RunOnceAsync(CliContext context, OrderSyncEngine engine, IProgress<SyncProgress> progress, bool everything, CancellationToken cancellationToken)
    {
        var summary = await engine.RunOnceAsync(progress, everything, cancellationToken);
        foreach (var rejected in summary.Rejected)
            await context.Error.WriteLineAsync($"refused: {rejected}");
        var u = summary.Upserted;
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{summary.Shop}: {summary.Received} orders in {summary.Pages} pages ({summary.Requests} requests) in {summary.Elapsed.TotalSeconds:0.0} s, {summary.OrdersPerSecond:0.0} orders/s; " +
            $"{u.Inserted} new, {u.Updated} changed, {u.Unchanged} unchanged, {u.Held} held, {summary.Rejected.Count} refused; " +
            $"{summary.Reconciled} open orders reconciled, {summary.Products} products; cursor {summary.Cursor?.ToString("O", CultureInfo.InvariantCulture) ?? "none"}"));
        if (summary.Succeeded)
            return ExitCodes.Ok;
        await context.Error.WriteLineAsync($"sync stopped: {summary.Error}");
        return ExitCodes.Failed;
    }
}
