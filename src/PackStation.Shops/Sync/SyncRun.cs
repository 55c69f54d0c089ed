using System.Diagnostics;
using PackStation.Domain.Ports;
using PackStation.Shops.Connectors;

namespace PackStation.Shops.Sync;

/// <summary>The running totals of one sync run.</summary>
internal sealed class SyncRun(string shop, Stopwatch clock)
{
    private readonly List<RejectedOrder> _rejected = [];
    private UpsertSummary _upserted = UpsertSummary.None;
    private int _pages;
    private int _received;

    public int Requests { get; set; }

    public int Products { get; set; }

    public int Reconciled { get; set; }

    public void Add(OrderPage page, UpsertSummary upserted)
    {
        _pages++;
        Requests += page.Requests;
        _received += page.Orders.Count;
        _rejected.AddRange(page.Rejected);
        _upserted = _upserted.Add(upserted);
    }

    public SyncProgress Progress() => new(_pages, Requests, _received + Reconciled, _rejected.Count, clock.Elapsed);

    public SyncSummary Summary(DateTimeOffset? cursor, string? error) =>
        new(shop, _pages, Requests, _received, _upserted, _rejected, Products, Reconciled, clock.Elapsed, cursor, error);
}
