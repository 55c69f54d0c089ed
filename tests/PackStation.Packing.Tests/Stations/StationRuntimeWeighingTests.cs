using PackStation.Domain.Packing;
using PackStation.Hardware.Profiles;

namespace PackStation.Packing.Tests.Stations;

/// <summary>
/// Which scale readings become a parcel's weight at the station: one weight per load, and the next parcel only after
/// the platform was empty — where "empty" is the scale profile's zero band (a platform rarely settles at exactly 0 g).
/// </summary>
public sealed class StationRuntimeWeighingTests
{
    [Fact]
    public async Task ParcelLifted_ScaleSettlesInsideZeroBand_ReArmsForTheNextParcel()
    {
        // The parcel is lifted off; the platform settles 3 g above zero, inside its 5 g band.
        await using var h = await PackFirstOrderThenLiftAsync(zeroBandGrams: 5m, settlesAtGrams: 3m);
        h.Scale.Place(174m);
        var done = await h.WaitAsync(s => s.State == SessionState.Idle && s.LastFeedback?.Code == "order-packed");

        Assert.Null(done.OrderId);
        Assert.Equal(2, h.Printer.JobCount);
        Assert.Equal(Domain.Orders.OrderStatus.Packed, (await h.Store.Orders.GetOrderAsync("TB-2", CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task ParcelLifted_ScaleSettlesAboveZeroBand_DoesNotWeighTheNextParcel()
    {
        // Something is still on the platform: 8 g is more than the band allows.
        await using var h = await PackFirstOrderThenLiftAsync(zeroBandGrams: 5m, settlesAtGrams: 8m);
        h.Scale.Place(174m);
        var weighing = await h.WaitAsync(s => s.MeasuredGrams == 174m);

        Assert.Equal(SessionState.Weighing, weighing.State);
        Assert.Equal(1, h.Printer.JobCount);
    }

    [Fact]
    public async Task SameLoad_IsNotAcceptedForTheNextParcelWithoutReturnToZero()
    {
        await using var h = await StationHarness.StartAsync(orders: [StationHarness.Order("1"), StationHarness.Order("2")]);
        await h.PackToScaleAsync();
        h.Scale.Place(174m);
        await h.WaitAsync(s => s.LastFeedback?.Code == "order-packed");

        await h.PackToScaleAsync(login: false);
        h.Scale.Place(174m);   // the first parcel was never taken off
        var stillWeighing = await h.WaitAsync(s => s.MeasuredGrams == 174m && s.State == SessionState.Weighing);
        h.Scale.Clear();
        h.Scale.Place(174m);
        var done = await h.WaitAsync(s => s.LastFeedback?.Code == "order-packed");

        Assert.Equal(SessionState.Weighing, stillWeighing.State);
        Assert.Equal(2, h.Printer.JobCount);
        Assert.Equal(SessionState.Idle, done.State);
    }

    /// <summary>Order 1 packed on a scale with the given zero band, its parcel lifted, order 2 verified and ready to weigh.</summary>
    private static async Task<StationHarness> PackFirstOrderThenLiftAsync(decimal zeroBandGrams, decimal settlesAtGrams)
    {
        var profile = new HardwareProfile
        {
            Id = "drifting-scale", Kind = DeviceKind.Scale, Vendor = "PackStation", Model = "test",
            Scale = new ScaleSettings { ZeroBandGrams = zeroBandGrams },
        };
        var h = await StationHarness.StartAsync(scaleProfile: profile, orders: [StationHarness.Order("1"), StationHarness.Order("2")]);
        await h.PackToScaleAsync();
        h.Scale.Place(174m);
        await h.WaitAsync(s => s.LastFeedback?.Code == "order-packed");
        h.Scale.Place(settlesAtGrams);
        await h.WaitAsync(s => s.MeasuredGrams == settlesAtGrams);
        await h.PackToScaleAsync(login: false);
        return h;
    }
}
