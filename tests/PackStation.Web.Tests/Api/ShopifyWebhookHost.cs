using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PackStation.Shops.Sync;
using PackStation.TestKit;
using PackStation.Worker.Hosting;

namespace PackStation.Web.Tests.Api;

/// <summary>
/// The real service on 127.0.0.1 configured for a Shopify shop (the counting fake) with a webhook secret and a
/// sync interval of an hour, so only a webhook makes it pull again. Started once the first sync has finished.
/// </summary>
public sealed class ShopifyWebhookHost : IAsyncLifetime, IDisposable
{
    public const string Secret = "whsec-test-7f3a";
    private readonly TempDirectory _dir = new("packstation-webhook");
    private WebApplication? _app;

    public CountingShopifyShop Shop { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public SyncSignal Signal => _app!.Services.GetRequiredService<SyncSignal>();

    public async Task InitializeAsync()
    {
        await Shop.StartAsync();
        _app = PackStationHost.Build([
            "--urls=http://127.0.0.1:0",
            $"--Store:ConnectionString=Data Source={_dir.File("packstation.db")}",
            "--Stations:Count=1",
            "--Shop:Kind=Shopify",
            $"--Shop:BaseUrl={Shop.BaseUrl}",
            $"--Shop:AccessToken={CountingShopifyShop.Token}",
            $"--Shop:WebhookSecret={Secret}",
            "--Shop:Sync:Interval=01:00:00",
        ]);
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
        using var http = new HttpClient { BaseAddress = BaseAddress };
        for (var i = 0; i < 200 && (await http.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode != HttpStatusCode.OK; i++)
            await Task.Delay(100);
        // Once the first run has finished (its success is stored), a new order pull can only come from a hint.
        var engine = _app.Services.GetRequiredService<OrderSyncEngine>();
        var state = _app.Services.GetRequiredService<PackStation.Domain.Ports.ISyncStateStore>();
        for (var i = 0; i < 300 && await state.GetCursorAsync(engine.Shop, OrderSyncEngine.SucceededCursor, CancellationToken.None) is null; i++)
            await Task.Delay(100);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await Shop.DisposeAsync();
        _dir.Dispose();
    }

    public void Dispose() => _dir.Dispose();
}
