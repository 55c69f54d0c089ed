using Microsoft.Extensions.Logging.Abstractions;
using PackStation.Domain.Catalogue;
using PackStation.Domain.Orders;
using PackStation.Domain.Packers;
using PackStation.Hardware.Printers;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Simulated;
using PackStation.Packing.Directory;
using PackStation.Packing.Labelling;
using PackStation.Packing.Stations;
using PackStation.TestKit;
using PackStation.TestKit.Stores;

namespace PackStation.Packing.Tests.Stations;

/// <summary>
/// A station runtime over the test kit's store (a real SQLite file) with simulated devices. <see cref="ScanAsync"/> plays a scan and waits
/// for the station's answer, as a packer looks at the screen.
/// </summary>
internal sealed class StationHarness : IAsyncDisposable
{
    public static readonly Packer Packer = new("P001", "王芳", "BADGE-P001");
    public static readonly Packer Supervisor = new("SUP1", "包主管", "BADGE-SUP1", PackerRole.Supervisor);
    public const string Red = "6901230000017";
    public const string Navy = "6901230000031";

    private readonly CancellationTokenSource _stop = new();
    private Task? _running;

    private StationHarness(StoreFixture fixture, StorePorts store, PackingOptions options, IPrinter? printer, HardwareProfile? scaleProfile)
    {
        Fixture = fixture;
        Store = store;
        Options = options;
        PrinterDevice = printer ?? Printer;
        ScaleProfile = scaleProfile;
        Directory = new PackingDirectory(Store.Catalogue, Store.People);
    }

    /// <summary>The store's database; a restarted harness (<c>reuse:</c>) opens it again.</summary>
    public StoreFixture Fixture { get; }

    /// <summary>The store ports this station runs on (a restarted station gets fresh ones, as a new process would).</summary>
    public StorePorts Store { get; }
    public PackingDirectory Directory { get; }
    public PackingOptions Options { get; }
    public StationBoard Board { get; } = new();
    public SimulatedScanner Scanner { get; } = new();
    public SimulatedScale Scale { get; } = new();
    public SimulatedPrinter Printer { get; } = new(PrinterLanguage.Zpl);

    /// <summary>The station's printer: <see cref="Printer"/> unless the test gave another (e.g. a TCP printer it plays).</summary>
    public IPrinter PrinterDevice { get; }

    /// <summary>The scale's profile (its zero band), or null: a scale without one.</summary>
    public HardwareProfile? ScaleProfile { get; }
    public StationRuntime Runtime { get; private set; } = null!;
    public StationSnapshot Now => Board.Get("S01")!;

    /// <summary>Starts station S01, on a new store or (restart) on the store of <paramref name="reuse"/>.</summary>
    public static async Task<StationHarness> StartAsync(PackingOptions? options = null, StoreFixture? reuse = null, IPrinter? printer = null,
        HardwareProfile? scaleProfile = null, params Order[] orders)
    {
        var fixture = reuse ?? await StoreFixture.CreateAsync(clock: TimeProvider.System);
        var store = reuse is null ? fixture : fixture.Open();
        var harness = new StationHarness(fixture, store, options ?? new PackingOptions { ClaimLease = TimeSpan.FromMinutes(5) },
            printer, scaleProfile);
        await harness.Store.Catalogue.UpsertProductsAsync(
        [
            new Product("RED-50", "正红 50g", 52, [new ProductBarcode(Red)]),
            new Product("NAVY-50", "藏青 50g", 50, [new ProductBarcode(Navy)]),
        ], CancellationToken.None);
        await harness.Store.People.SavePackersAsync(new[] { Packer, Supervisor }.Select(p => new PackerChange(p,
            new PeopleEvent(DateTimeOffset.UtcNow, "test", PeopleSubject.Packer, p.Id, PeopleAction.Added), IsNew: true)).ToList(), CancellationToken.None);
        if (orders.Length > 0)
            await harness.Store.Orders.UpsertOrdersAsync(orders, CancellationToken.None);
        await harness.Directory.ReloadAsync(CancellationToken.None);
        harness.Start();
        await harness.Board.WaitForAsync("S01", _ => true, new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
        return harness;
    }

    /// <summary>2 × RED-50 and 1 × NAVY-50: expected 154 g + 20 g packaging.</summary>
    public static Order Order(string id = "1") => TestOrders.Make(id, new OrderLine("RED-50", "正红 50g", 2, 52), new OrderLine("NAVY-50", "藏青 50g", 1, 50));

    /// <summary>Badge in (unless <paramref name="login"/> is false), NEXT, and the three items of <see cref="Order"/>: the parcel is ready to weigh.</summary>
    public async Task PackToScaleAsync(bool login = true)
    {
        if (login)
            await ScanAsync(Packer.Badge);
        await ScanAsync("CMD-NEXT");
        foreach (var code in new[] { Red, Red, Navy })
            await ScanAsync(code);
    }

    public async Task<StationSnapshot> ScanAsync(string code)
    {
        var before = Now.Version;
        Scanner.Inject(code);
        return await WaitAsync(s => s.Version > before);
    }

    public async Task<StationSnapshot> WaitAsync(Func<StationSnapshot, bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await Board.WaitForAsync("S01", condition, timeout.Token);
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        if (_running is not null)
            await _running;
    }

    /// <summary>Stops the station and removes its store, unless <see cref="KeepStore"/> keeps it for a restarted harness.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
        if (!KeepStore)
            await Fixture.DisposeAsync();
    }

    /// <summary>Set before a restart: the store outlives this harness; the restarted one removes it.</summary>
    public bool KeepStore { get; set; }

    private void Start()
    {
        var profile = new HardwareProfile { Id = "simulated", Kind = DeviceKind.Printer, Vendor = "PackStation", Model = "sim", Printer = new PrinterSettings() };
        var devices = new StationDevices(Scanner, Scale, PrinterDevice, profile) { ScaleProfile = ScaleProfile };
        var stores = new StationStores(Store.Claims, Store.Packing, Store.PrintJobs);
        var services = new StationServices(Options, stores, Directory, new BasicParcelLabeler(new DemoTrackingNumbers(TimeProvider.System)),
            Board, new LatencyRecorder(), TimeProvider.System, NullLoggerFactory.Instance);
        Runtime = new StationRuntime(new StationOptions { Id = "S01" }, devices, services);
        _running = Task.Run(() => Runtime.RunAsync(_stop.Token));
    }
}
