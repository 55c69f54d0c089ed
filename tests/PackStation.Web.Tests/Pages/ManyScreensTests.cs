using Microsoft.Playwright;
using PackStation.TestKit;
using PackStation.Web.Auth;

namespace PackStation.Web.Tests.Pages;

/// <summary>
/// Eight station screens and the dashboard in one browser: every one loads. Over HTTP/1.1 a browser keeps six
/// connections per server; the screens share one event stream (a SharedWorker), so the dashboard still gets through.
/// </summary>
public sealed class ManyScreensTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _dir = new("packstation-screens");
    private readonly TestService _service;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public ManyScreensTests() => _service = new TestService(_dir.Path, "--Stations:Count=8");

    public async Task InitializeAsync()
    {
        await _service.StartAsync();
        await _service.CreateAccountAsync(WebAppFixture.SupervisorName, WebAppFixture.SupervisorPassword, WebRoles.Supervisor);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    [Fact]
    public async Task EightStationScreensAndTheDashboard_InOneBrowser_AllLoad()
    {
        var context = await _browser!.NewContextAsync();
        var screens = new List<IPage>();
        for (var i = 1; i <= 8; i++)
        {
            var screen = await context.NewPageAsync();
            await screen.GotoAsync(new Uri(_service.BaseAddress, $"/stations/S{i:00}").ToString());
            screens.Add(screen);
        }

        var dashboard = await context.NewPageAsync();
        await dashboard.GotoAsync(_service.BaseAddress.ToString());

        var wait = new PageWaitForFunctionOptions { Timeout = 20000 };
        await dashboard.WaitForFunctionAsync("() => document.querySelectorAll('#stations tbody tr').length === 8", null, wait);
        for (var i = 0; i < screens.Count; i++)
        {
            await screens[i].WaitForFunctionAsync("() => document.body.dataset.state !== 'connecting'", null, wait);
            Assert.Equal($"S{i + 1:00}", await screens[i].TextContentAsync("#station-id"));
        }

        // Still live: a scan at the eighth station reaches the eighth screen.
        _service.Scanner("S08").Inject(await WebClient.EnrolPackerAsync(_service.BaseAddress, "M808", "孙八"));
        await screens[7].WaitForFunctionAsync("() => document.getElementById('packer').textContent !== '—'", null, wait);
        await context.CloseAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.CloseAsync();
        _playwright?.Dispose();
        await _service.DisposeAsync();
        Dispose();
    }

    public void Dispose() => _dir.Dispose();
}
