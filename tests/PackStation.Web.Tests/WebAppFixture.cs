using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;
using PackStation.Hardware.Simulated;
using PackStation.Packing.Directory;
using PackStation.Packing.Stations;
using PackStation.TestKit;
using PackStation.Web.Auth;
using PackStation.Worker.Hosting;

namespace PackStation.Web.Tests;

/// <summary>
/// The real service on 127.0.0.1 (random port) with three simulated stations, no simulated packers (the tests drive
/// the scanners), a temporary SQLite store, and a headless Debian Chromium.
/// </summary>
public sealed class WebAppFixture : IAsyncLifetime, IDisposable
{
    public const string SupervisorName = "test-supervisor";
    public const string SupervisorPassword = "correct horse battery";
    private readonly TempDirectory _dir = new("packstation-web");
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public StationBoard Board => Services.GetRequiredService<StationBoard>();

    public async Task InitializeAsync()
    {
        _app = PackStationHost.Build([
            "--urls=http://127.0.0.1:0",
            $"--Store:ConnectionString=Data Source={_dir.File("packstation.db")}",
            "--Stations:Count=3",
            "--Demo:Enabled=true",
            "--Demo:SimulatedPackers=false",
            "--Demo:InitialOrders=40",
            "--Demo:OrdersPerMinute=0",
            "--Packing:TimeZone=Asia/Shanghai",
        ]);
        await _app.StartAsync();
        var address = _app.Urls.First();
        BaseAddress = new Uri(address);
        using var http = new HttpClient { BaseAddress = BaseAddress };
        for (var i = 0; i < 200 && (await http.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode != HttpStatusCode.OK; i++)
            await Task.Delay(100);

        var passwords = Services.GetRequiredService<PasswordService>();
        await Services.GetRequiredService<IAccountStore>().CreateAccountAsync(
            new WebAccount(SupervisorName, passwords.Hash(SupervisorName, SupervisorPassword), WebRoles.Supervisor, false, DateTimeOffset.UtcNow), CancellationToken.None);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--autoplay-policy=no-user-gesture-required"],
        });
    }

    public SimulatedScanner Scanner(string stationId) =>
        (SimulatedScanner)Services.GetRequiredService<StationFleet>().Find(stationId)!.Devices.Scanner;

    /// <summary>Logs packer <paramref name="badge"/> in at the station and starts a ready order; returns the order.</summary>
    public async Task<Order> StartOrderAsync(string stationId, string badge)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Scanner(stationId).Inject(badge);
        await Board.WaitForAsync(stationId, s => s.PackerId is not null, timeout.Token);
        var order = (await Services.GetRequiredService<IOrderStore>().ListOrdersAsync(OrderStatus.Ready, 1, timeout.Token))[0];
        Scanner(stationId).Inject(order.Id);
        await Board.WaitForAsync(stationId, s => s.OrderId == order.Id, timeout.Token);
        return order;
    }

    /// <summary>A product barcode that is not in <paramref name="order"/>.</summary>
    public string WrongItemBarcode(Order order)
    {
        var skus = order.Lines.Select(l => l.Sku).ToHashSet(StringComparer.Ordinal);
        return Services.GetRequiredService<PackingDirectory>().Catalogue.Products.First(p => !skus.Contains(p.Sku) && p.Barcodes.Count > 0).Barcodes[0].Code;
    }

    /// <summary>docs/screenshots in the repository (found from the test's output folder upwards).</summary>
    public static string ScreenshotPath(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PackStation.sln")))
            dir = dir.Parent;
        var folder = Path.Combine(dir?.FullName ?? Path.GetTempPath(), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _dir.Dispose();
    }

    public void Dispose() => _dir.Dispose();
}
