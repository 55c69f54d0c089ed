using PackStation.Domain.Orders;
using PackStation.TestKit;

namespace PackStation.Domain.Tests.Orders;

public sealed class OrderImportTests
{
    private static readonly Order Stored = TestOrders.Make("1");

    private static Order Newer(Order order, OrderStatus status = OrderStatus.Ready) =>
        order with { Status = status, ShopUpdatedAt = order.ShopUpdatedAt!.Value.AddMinutes(5) };

    [Fact]
    public void Decide_NewOrder_IsInsertedReady()
    {
        var merge = OrderImport.Decide(null, Stored with { HoldReason = "from the shop" });

        var insert = Assert.IsType<OrderMerge.Insert>(merge);
        Assert.Equal(OrderStatus.Ready, insert.Order.Status);
        Assert.Null(insert.Order.HoldReason);
    }

    [Fact]
    public void Decide_NewOrderAlreadyCancelled_IsInsertedCancelled()
    {
        var insert = Assert.IsType<OrderMerge.Insert>(OrderImport.Decide(null, Stored with { Status = OrderStatus.Cancelled }));

        Assert.Equal(OrderStatus.Cancelled, insert.Order.Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Decide_CopyNotNewer_KeepsTheStoredOne(int minutes)
    {
        var incoming = Stored with { ShopUpdatedAt = Stored.ShopUpdatedAt!.Value.AddMinutes(minutes), Lines = [] };

        Assert.Same(OrderMerge.Keep, OrderImport.Decide(Stored, incoming));
    }

    [Fact]
    public void Decide_NewerCopyOfReadyOrder_ReplacesItKeepingOurId()
    {
        var incoming = Newer(Stored) with { Id = "ignored", Lines = [new OrderLine("CY-26-RED-50", "正红", 3, 52)] };

        var update = Assert.IsType<OrderMerge.Update>(OrderImport.Decide(Stored, incoming));

        Assert.Equal(("TB-1", OrderStatus.Ready, 3), (update.Order.Id, update.Order.Status, update.Order.Lines[0].Quantity));
        Assert.True(update.LinesChanged);
        Assert.False(update.Held);
    }

    [Fact]
    public void Decide_UndatedCopy_AlwaysReplaces()
    {
        var update = Assert.IsType<OrderMerge.Update>(OrderImport.Decide(Stored, Stored with { ShopUpdatedAt = null }));

        Assert.False(update.LinesChanged);
    }

    [Theory]
    [InlineData(OrderStatus.Ready, OrderStatus.Cancelled, null, false, false)]
    [InlineData(OrderStatus.InProgress, OrderStatus.Hold, "cancelled by the shop during packing", true, false)]
    [InlineData(OrderStatus.Packed, OrderStatus.Hold, "cancelled by the shop after packing", true, true)]
    [InlineData(OrderStatus.Cancelled, OrderStatus.Cancelled, null, false, false)]
    public void Decide_ShopCancels_DependsOnWhereTheOrderIs(OrderStatus at, OrderStatus becomes, string? reason, bool held, bool park)
    {
        var update = Assert.IsType<OrderMerge.Update>(OrderImport.Decide(Stored with { Status = at }, Newer(Stored, OrderStatus.Cancelled)));

        Assert.Equal((becomes, reason, held, park), (update.Order.Status, update.Order.HoldReason, update.Held, update.ParkConfirmation));
    }

    [Fact]
    public void Decide_ShopCancelsAHeldOrder_KeepsItHeldAndSaysBoth()
    {
        var held = Stored with { Status = OrderStatus.Hold, HoldReason = "short pick" };

        var update = Assert.IsType<OrderMerge.Update>(OrderImport.Decide(held, Newer(held, OrderStatus.Cancelled)));

        Assert.Equal((OrderStatus.Hold, "cancelled by the shop; was: short pick"), (update.Order.Status, update.Order.HoldReason));
        Assert.False(update.Held);
    }

    [Fact]
    public void Decide_LinesChangeDuringPacking_HoldsTheOrder()
    {
        var atStation = Stored with { Status = OrderStatus.InProgress };
        var changed = Newer(Stored) with { Lines = [new OrderLine("CY-26-NAVY-50", "藏青", 1, 50)] };

        var update = Assert.IsType<OrderMerge.Update>(OrderImport.Decide(atStation, changed));

        Assert.Equal((OrderStatus.Hold, "the shop changed the order during packing", true), (update.Order.Status, update.Order.HoldReason, update.Held));
    }

    [Fact]
    public void Decide_NewerCopyOfAnOrderAtAStation_KeepsItThere()
    {
        var atStation = Stored with { Status = OrderStatus.InProgress };

        var update = Assert.IsType<OrderMerge.Update>(OrderImport.Decide(atStation, Newer(Stored) with { Tote = "TOTE-9" }));

        Assert.Equal((OrderStatus.InProgress, "TOTE-9"), (update.Order.Status, update.Order.Tote));
        Assert.False(update.Held);
    }

    [Fact]
    public void Decide_CancelledAgainAfterPackedHold_DoesNotParkTwice()
    {
        var heldAfterPacking = Stored with { Status = OrderStatus.Packed, HoldReason = "cancelled by the shop after packing" };

        var update = Assert.IsType<OrderMerge.Update>(OrderImport.Decide(heldAfterPacking, Newer(heldAfterPacking, OrderStatus.Cancelled)));

        Assert.Equal(OrderStatus.Packed, update.Order.Status);
        Assert.False(update.ParkConfirmation);
    }
}
