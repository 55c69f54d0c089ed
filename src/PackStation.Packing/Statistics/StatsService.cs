using Microsoft.Extensions.Options;
using PackStation.Labels;
using PackStation.Domain.Events;
using PackStation.Domain.Ports;
using PackStation.Packing.Directory;
using PackStation.Packing.Stations;

namespace PackStation.Packing.Statistics;

/// <summary>
/// Today's throughput, built from the event log incrementally: each call reads only the events stored since the last
/// one, so the dashboard can poll it often. "Today" is the warehouse's local day (Site:TimeZone).
/// </summary>
public sealed class StatsService(IOrderStore orders, IOutboxStore confirmations, IPackingStore events, StationBoard board,
    PackingDirectory directory, IOptions<SiteOptions> site, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan RollingWindow = TimeSpan.FromMinutes(15);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly Dictionary<string, PackerTally> _packers = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _recentPacked = new();
    private readonly Queue<PackEvent> _recentExceptions = new();
    private readonly int[] _byHour = new int[24];
    private DateTimeOffset _dayStart = DateTimeOffset.MinValue;
    private DateTimeOffset? _firstPacked;
    private long _lastSequence;
    private int _packedToday;

    public TimeZoneInfo Zone { get; } = site.Value.Zone(clock);

    /// <summary>The latest exception events (wrong items, weight mismatches, holds, printer faults), newest first.</summary>
    public async Task<IReadOnlyList<PackEvent>> RecentExceptionsAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            await CatchUpAsync(cancellationToken);
            return _recentExceptions.Reverse().ToList();
        }
        finally
        {
            _lock.Release();
        }
    }

    public async Task<PackingStats> GetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var queue = await orders.CountQueueAsync(StartOfLocalDay(now).AddDays(1), cancellationToken);
        var outbox = await confirmations.CountPendingAsync(cancellationToken);
        await _lock.WaitAsync(cancellationToken);
        try
        {
            await CatchUpAsync(cancellationToken);
            while (_recentPacked.Count > 0 && _recentPacked.Peek() < now - RollingWindow)
                _recentPacked.Dequeue();
            var items = _packers.Values.Sum(p => p.Items);
            var itemScans = _packers.Values.Sum(p => p.ItemScans);
            var hoursToday = _firstPacked is { } first ? Math.Max((now - first).TotalHours, 1.0 / 60) : 0;
            var packers = _packers.Select(p => ToStats(p.Key, p.Value)).OrderByDescending(p => p.OrdersToday).ToList();
            return new PackingStats(
                _packedToday,
                Math.Round(_recentPacked.Count / Math.Min(RollingWindow.TotalHours, Math.Max(hoursToday, 1.0 / 60)), 1),
                packers,
                board.All.Select(s => new StationStats(s.StationId, s.StateText, s.PackerId, s.OrderId, new DeviceStats(s.ScannerHealth, s.ScaleHealth, s.PrinterHealth))).ToList(),
                new QueueStats(queue.Ready, queue.InProgress, queue.Hold, queue.Packed, queue.DueToday))
            {
                OrdersPerHourToday = hoursToday > 0 ? Math.Round(_packedToday / hoursToday, 1) : 0,
                ItemsToday = items,
                ItemsPerHour = hoursToday > 0 ? Math.Round(items / hoursToday, 1) : 0,
                ErrorRate = itemScans == 0 ? 0 : Math.Round((double)_packers.Values.Sum(p => p.Exceptions) / itemScans, 4),
                PackedByHour = _byHour.ToArray(),
                OutboxPending = outbox,
                Slowest = Slowest(packers),
                GeneratedAt = now,
            };
        }
        finally
        {
            _lock.Release();
        }
    }

    private PackerStats ToStats(string id, PackerTally t) => new(
        id,
        directory.FindById(id)?.Name ?? id,
        t.Orders,
        t.Items,
        t.TimedOrders == 0 ? 0 : Math.Round(t.PackSeconds / t.TimedOrders, 1),
        t.ItemScans == 0 ? 0 : Math.Round((double)t.WrongItems / t.ItemScans, 4))
    {
        Overrides = t.Overrides,
        Exceptions = t.Exceptions,
        SecondsPerItem = t.TimedItems == 0 ? 0 : Math.Round(t.PackSeconds / t.TimedItems, 1),
        RecentOrders = t.Recent.Count,
        RecentSecondsPerOrder = t.Recent.Count == 0 ? 0 : Math.Round(t.RecentSeconds / t.Recent.Count, 1),
        RecentSecondsPerItem = t.RecentItems == 0 ? 0 : Math.Round(t.RecentSeconds / t.RecentItems, 1),
    };

    /// <summary>
    /// The slowest packer, compared like with like: seconds per item (an order of ten skeins is not slow beside one of
    /// one) over each packer's last <see cref="PackerTally.RecentWindow"/> orders; only packers with that many count.
    /// </summary>
    private static SlowestPacker? Slowest(IEnumerable<PackerStats> packers) =>
        packers.Where(p => p.RecentOrders >= PackerTally.RecentWindow && p.RecentSecondsPerItem > 0)
            .MaxBy(p => p.RecentSecondsPerItem) is { } slowest
            ? new SlowestPacker(slowest.Id, slowest.RecentSecondsPerItem, slowest.RecentSecondsPerOrder, PackerTally.RecentWindow)
            : null;

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        var dayStart = StartOfLocalDay(clock.GetUtcNow());
        if (dayStart != _dayStart)
        {
            ResetFor(dayStart);
            foreach (var e in await events.ReadEventsSinceAsync(dayStart, cancellationToken))
            {
                _lastSequence = e.Sequence;
                Count(e);
            }
        }

        while (true)
        {
            var batch = await events.ReadEventsAsync(_lastSequence, 5000, cancellationToken);
            foreach (var e in batch)
            {
                _lastSequence = e.Sequence;
                if (e.At >= _dayStart)
                    Count(e);
            }

            if (batch.Count < 5000)
                return;
        }
    }

    private void Count(PackEvent e)
    {
        if (e.IsException)
        {
            _recentExceptions.Enqueue(e);
            if (_recentExceptions.Count > 200)
                _recentExceptions.Dequeue();
        }

        if (e.PackerId is null)
            return;
        if (!_packers.TryGetValue(e.PackerId, out var t))
            _packers[e.PackerId] = t = new PackerTally();
        switch (e.Kind)
        {
            case PackEventKind.OrderStarted or PackEventKind.OrderResumed when e.OrderId is not null:
                t.Started[e.OrderId] = e.At;
                break;
            case PackEventKind.ItemAccepted:
                t.Items += e.Units;
                t.ItemScans++;
                if (e.OrderId is not null && t.Started.ContainsKey(e.OrderId))
                    t.OrderItems[e.OrderId] = t.OrderItems.GetValueOrDefault(e.OrderId) + e.Units;
                break;
            case PackEventKind.WrongItem or PackEventKind.UnknownBarcode or PackEventKind.SurplusItem:
                t.ItemScans++;
                t.Exceptions++;
                if (e.Kind == PackEventKind.WrongItem)
                    t.WrongItems++;
                break;
            case PackEventKind.OverrideGranted:
                t.Overrides++;
                break;
            case PackEventKind.OrderPacked:
                t.Orders++;
                _packedToday++;
                _recentPacked.Enqueue(e.At);
                _firstPacked ??= e.At;
                _byHour[TimeZoneInfo.ConvertTime(e.At, Zone).Hour]++;
                if (e.OrderId is not null && t.Started.Remove(e.OrderId, out var started))
                {
                    t.OrderItems.Remove(e.OrderId, out var items);
                    t.Timed((e.At - started).TotalSeconds, items);
                }

                break;
        }
    }

    private void ResetFor(DateTimeOffset dayStart)
    {
        _dayStart = dayStart;
        _packers.Clear();
        _recentPacked.Clear();
        Array.Clear(_byHour);
        _firstPacked = null;
        _packedToday = 0;
        _lastSequence = 0;
    }

    public void Dispose() => _lock.Dispose();

    private DateTimeOffset StartOfLocalDay(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Zone);
        return new DateTimeOffset(local.Date, local.Offset);
    }
}
