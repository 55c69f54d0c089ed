using Microsoft.Extensions.Logging.Abstractions;
using PackStation.Domain.Events;
using PackStation.Domain.Orders;
using PackStation.Domain.Packing;
using PackStation.Packing.Directory;

namespace PackStation.Packing.Tests.Stations;

/// <summary>A packer disabled, or re-badged, while logged in at a station.</summary>
public sealed class StationRuntimeLoginTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Disabled_MidOrder_FinishesTheOrderThenIsLoggedOut()
    {
        await using var h = await StationHarness.StartAsync(orders: StationHarness.Order());
        var people = new PeopleService(h.Store.People, h.Directory, TimeProvider.System, NullLogger<PeopleService>.Instance);
        await h.ScanAsync(StationHarness.Packer.Badge);
        await h.ScanAsync("CMD-NEXT");
        await h.ScanAsync(StationHarness.Red);

        await people.SetActiveAsync(StationHarness.Packer.Id, false, "test", None);
        var stillPacking = await h.ScanAsync(StationHarness.Red);
        await h.ScanAsync(StationHarness.Navy);
        h.Scale.Place(174m);
        var packed = await h.WaitAsync(s => s.LastFeedback?.Code == "order-packed");
        var next = await h.ScanAsync("CMD-NEXT");

        Assert.Equal(StationHarness.Packer.Id, stillPacking.PackerId);
        Assert.Equal("item-accepted", stillPacking.LastFeedback?.Code);
        Assert.Equal(StationHarness.Packer.Id, packed.PackerId);
        Assert.Equal(OrderStatus.Packed, (await h.Store.Orders.GetOrderAsync("TB-1", None))!.Status);
        Assert.Equal(("login-ended", null, SessionState.LoggedOut), (next.LastFeedback?.Code, next.PackerId, next.State));
        var refused = await h.ScanAsync(StationHarness.Packer.Badge);
        Assert.Equal("badge-revoked", refused.LastFeedback?.Code);
    }

    [Fact]
    public async Task BadgeReissued_WhileIdle_LogsOutAtTheNextTickWithoutAScan()
    {
        await using var h = await StationHarness.StartAsync();
        var people = new PeopleService(h.Store.People, h.Directory, TimeProvider.System, NullLogger<PeopleService>.Instance);
        await h.ScanAsync(StationHarness.Packer.Badge);

        var fresh = (await people.ReissueBadgeAsync(StationHarness.Packer.Id, "test", None)).Packer!;
        var ended = await h.WaitAsync(s => s.PackerId is null);
        var relogin = await h.ScanAsync(fresh.Badge);

        Assert.Equal("login-ended", ended.LastFeedback?.Code);
        Assert.Contains("badge re-issued", ended.LastFeedback?.Message, StringComparison.Ordinal);
        Assert.Equal(StationHarness.Packer.Id, relogin.PackerId);
        var events = await h.Store.Packing.ReadEventsAsync(0, 1000, None);
        Assert.Contains(events, e => e.Kind == PackEventKind.LoggedOut && e.Detail == "login ended: badge re-issued");
    }
}
