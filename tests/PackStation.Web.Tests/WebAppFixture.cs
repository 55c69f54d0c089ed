using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PackStation.Domain.Orders;
using PackStation.Hardware.Simulated;
using PackStation.Packing.Stations;
using PackStation.TestKit;
using PackStation.Web.Auth;

namespace PackStation.Web.Tests;

/// <summary>
/// The real service on 127.0.0.1 (random port) with three simulated stations (S03 in English), no simulated packers (the tests drive
/// the scanners), a temporary SQLite store, and a headless Debian Chromium.
/// </summary>
public sealed class WebAppFixture : IAsyncLifetime, IDisposable
{
    public const string SupervisorName = "test-supervisor";
    public const string SupervisorPassword = "correct horse battery";
    private readonly TempDirectory _dir = new("packstation-web");
    private readonly TempDirectory _closedDir = new("packstation-web-closed");
    private TestService? _service;
    private TestService? _closed;
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public IServiceProvider Services => _service!.Services;

    public StationBoard Board => Services.GetRequiredService<StationBoard>();

    /// <summary>A second service that is closed to anonymous readers (a real site): station tokens and logins matter.</summary>
    public TestService ClosedSite => _closed!;

    public async Task InitializeAsync()
    {
        // S03 is an English station (the others Chinese, the default): both screens' texts are tested.
        _service = new TestService(_dir.Path, "--Stations:List:0:Id=S03", "--Stations:List:0:Language=en");
        await _service.StartAsync();
        BaseAddress = _service.BaseAddress;

        await _service.CreateAccountAsync(SupervisorName, SupervisorPassword, WebRoles.Supervisor);
        _closed = new TestService(_closedDir.Path, "--Web:AnonymousDashboard=false");
        await _closed.StartAsync();
        await _closed.CreateAccountAsync(SupervisorName, SupervisorPassword, WebRoles.Supervisor);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--autoplay-policy=no-user-gesture-required"],
        });
    }

    public SimulatedScanner Scanner(string stationId) => _service!.Scanner(stationId);

    /// <summary>Scans the badge of packer <paramref name="packerId"/> at the station and starts a ready order; returns the order.</summary>
    public Task<Order> StartOrderAsync(string stationId, string packerId) => _service!.StartOrderAsync(stationId, packerId);

    /// <summary>A product barcode that is not in <paramref name="order"/>.</summary>
    public string WrongItemBarcode(Order order) => _service!.WrongItemBarcode(order);

    /// <summary>
    /// Saves a screenshot of <paramref name="page"/> as <paramref name="name"/> in the test output folder
    /// (screenshots/), and copies it to the repository's docs/screenshots only when PACKSTATION_UPDATE_SCREENSHOTS=1,
    /// so an ordinary test run leaves the git tree clean.
    /// </summary>
    public static async Task SaveScreenshotAsync(IPage page, string name, bool fullPage = false)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        if (Environment.GetEnvironmentVariable("PACKSTATION_UPDATE_SCREENSHOTS") != "1")
            return;
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PackStation.sln")))
            dir = dir.Parent;
        if (dir is null)
            return;
        var docs = Path.Combine(dir.FullName, "docs", "screenshots");
        Directory.CreateDirectory(docs);
        File.Copy(path, Path.Combine(docs, name), overwrite: true);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_service is not null)
            await _service.DisposeAsync();
        if (_closed is not null)
            await _closed.DisposeAsync();
        Dispose();
    }

    public void Dispose()
    {
        _dir.Dispose();
        _closedDir.Dispose();
    }
}
