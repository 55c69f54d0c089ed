using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PackStation.Domain.Orders;
using PackStation.Domain.Packing;
using PackStation.Hardware.Profiles;
using PackStation.Labels;
using PackStation.Labels.Tracking;
using PackStation.Packing.Stations;
using PackStation.Packing.Waybills;
using PackStation.TestKit;
using PackStation.TestKit.Stores;

namespace PackStation.Packing.Tests.Waybills;

/// <summary>The test kit's store with ready orders and a carrier pool of tracking numbers, and a batch printer over it.</summary>
internal sealed class WaybillBatchFixture : IAsyncDisposable
{
    private static readonly Lazy<ProfileLibrary> Profiles = new(() => ProfileLibrary.Load(ProfileLibrary.FindDefaultDirectory()!));
    private readonly LabelRenderer _renderer = new(TimeProvider.System, Options.Create(new LabelOptions()));

    private WaybillBatchFixture(StoreFixture store)
    {
        Store = store;
    }

    public StoreFixture Store { get; }

    public static async Task<WaybillBatchFixture> CreateAsync(int orders, int numbers)
    {
        var fixture = new WaybillBatchFixture(await StoreFixture.CreateAsync(clock: TimeProvider.System));
        await fixture.Store.Orders.UpsertOrdersAsync(Enumerable.Range(1, orders).Select(Order).ToList(), CancellationToken.None);
        await fixture.Store.TrackingNumbers.ImportTrackingNumbersAsync("ZTO", Enumerable.Range(1, numbers).Select(i => $"ZT{7300000000 + i}").ToList(), CancellationToken.None);
        return fixture;
    }

    /// <summary>Order TB-n; ship-by hours are scrambled so that print order differs from id order.</summary>
    public static Order Order(int n) => TestOrders.Make(n.ToString(System.Globalization.CultureInfo.InvariantCulture)) with
    {
        ShipBy = TestOrders.Created.AddHours(10 + (n * 7 % 13)),
    };

    /// <summary>Other store objects on the same database, as a second process would have.</summary>
    public StorePorts OpenStore() => Store.Open();

    public WaybillBatchPrinter Printer(StorePorts? store = null, LabelTiming timing = LabelTiming.PrintedBeforePicking) => For(store ?? Store, _renderer, timing);

    public static WaybillBatchPrinter For(StorePorts store, ILabelRenderer renderer, LabelTiming timing = LabelTiming.PrintedBeforePicking) => new(
        store.Waybills,
        new PoolTrackingNumberSource(store.TrackingNumbers),
        renderer,
        new WaybillPrinters(Options.Create(new StationsOptions { Count = 2 }), Profiles.Value),
        Options.Create(new WaybillOptions()),
        Options.Create(new PackingOptions { LabelTiming = timing }),
        Options.Create(new SiteOptions { Sender = SiteOptions.DemoSender }),
        TimeProvider.System,
        NullLogger<WaybillBatchPrinter>.Instance);

    public async ValueTask DisposeAsync()
    {
        _renderer.Dispose();
        await Store.DisposeAsync();
    }
}
