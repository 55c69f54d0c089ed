using Microsoft.Extensions.DependencyInjection;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;
using PackStation.Domain.Shipping;

namespace PackStation.Shops.Tests.Fakes;

/// <summary>What a station does to the store, for tests of the shop side: pack an order so the relay has work.</summary>
public static class StoreHarness
{
    /// <summary>Packs an order the way a station does: claim, then one commit that marks it packed and writes the confirmation.</summary>
    public static async Task PackAsync(IServiceProvider services, Order order, params string[] tracking)
    {
        var claim = await services.GetRequiredService<IClaimStore>().ClaimAsync(order.Id, "S01", DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5), CancellationToken.None);
        Assert.NotNull(claim.Claim);
        await services.GetRequiredService<IPackingStore>().CommitAsync(new PackCommit("S01", [], Transition: new OrderTransition(order.Id, "S01", OrderStatus.Packed), Confirmation: new ShipmentConfirmation
        {
            OrderId = order.Id, Shop = order.Shop, ExternalId = order.ExternalId, Carrier = order.Carrier, TrackingNumbers = tracking, PackedAt = DateTimeOffset.UtcNow,
        }), CancellationToken.None);
    }
}
