using System.Collections.Concurrent;
using System.Diagnostics;
using PackStation.Domain.Events;
using PackStation.Domain.Orders;
using PackStation.Domain.Packing;
using PackStation.Domain.Ports;
using PackStation.Domain.Shipping;
using PackStation.TestKit.Stores;

namespace PackStation.Storage.Tests.Postgres;

/// <summary>
/// Stations packing as fast as the store lets them, each through its own composition (as separate hosts): claim the
/// next order, store it as packed with its confirmation. Records what each call returned (acknowledged) and what
/// failed, and when, so a fault test can check what was promised.
/// </summary>
internal sealed class StationsAtWork(IReadOnlyList<StorePorts> stations)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>A pause after each packed order, so the queue lasts the whole test (a real packer is far slower).</summary>
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(50);
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public ConcurrentBag<(string Station, string Order)> Claimed { get; } = [];

    public ConcurrentBag<(string Station, string Order)> Packed { get; } = [];

    /// <summary>Failed calls: when they started, how long they took to fail (both from the start of the run).</summary>
    public ConcurrentBag<(string Station, TimeSpan At, TimeSpan Took)> Failures { get; } = [];

    public ConcurrentDictionary<string, TimeSpan> LastSuccess { get; } = new();

    public TimeSpan Now => _clock.Elapsed;

    public Task RunAsync(CancellationToken stop) => Task.WhenAll(stations.Select((store, i) => Task.Run(() => StationAsync(store, $"S{i + 1:00}", stop))));

    private async Task StationAsync(StorePorts store, string station, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var started = Now;
            try
            {
                var claim = (await store.Claims.ClaimNextAsync(station, DateTimeOffset.UtcNow, Lease, CancellationToken.None)).Claim;
                if (claim is null)
                    return;
                Claimed.Add((station, claim.Order.Id));
                started = Now;
                await store.Packing.CommitAsync(Packing(station, claim.Order), CancellationToken.None);
                Packed.Add((station, claim.Order.Id));
                LastSuccess[station] = Now;
                await Task.Delay(Pace, CancellationToken.None);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Failures.Add((station, started, Now - started));
                await Task.Delay(50, CancellationToken.None);
            }
        }
    }

    private static PackCommit Packing(string station, Order order) =>
        new(station, [new PackEvent(DateTimeOffset.UtcNow, station, "P01", order.Id, PackEventKind.OrderPacked)],
            new OrderProgress(order.Id, new Dictionary<string, int>(), ["ZT" + order.Id]),
            new OrderTransition(order.Id, station, OrderStatus.Packed),
            new ShipmentConfirmation
            {
                OrderId = order.Id, Shop = order.Shop, ExternalId = order.ExternalId, Carrier = "ZTO", TrackingNumbers = ["ZT" + order.Id],
                PackedAt = DateTimeOffset.UtcNow,
            });
}
