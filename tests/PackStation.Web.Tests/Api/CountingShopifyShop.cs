using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PackStation.Web.Tests.Api;

/// <summary>
/// A Shopify Admin API on 127.0.0.1 with no orders and no products that counts the order pulls, so a test can see
/// the service's sync actually run after a webhook.
/// </summary>
public sealed class CountingShopifyShop : IAsyncDisposable
{
    public const string Token = "shpat_webhook_test";
    private readonly SemaphoreSlim _pulled = new(0);
    private WebApplication? _app;
    private int _orderPulls;
    private int _cataloguePulls;

    public Uri BaseUrl { get; private set; } = null!;

    public int OrderPulls => Volatile.Read(ref _orderPulls);

    public int CataloguePulls => Volatile.Read(ref _cataloguePulls);

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            context.Response.Headers["X-Shopify-Shop-Api-Call-Limit"] = "1/40";
            if (context.Request.Headers["X-Shopify-Access-Token"] != Token)
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            else
                await next(context);
        });
        app.MapGet("/admin/api/{version}/orders.json", () =>
        {
            Interlocked.Increment(ref _orderPulls);
            _pulled.Release();
            return Results.Text("{\"orders\":[]}", "application/json");
        });
        app.MapGet("/admin/api/{version}/products.json", () =>
        {
            Interlocked.Increment(ref _cataloguePulls);
            _pulled.Release();
            return Results.Text("{\"products\":[]}", "application/json");
        });
        await app.StartAsync();
        _app = app;
        BaseUrl = new Uri(app.Urls.First());
    }

    /// <summary>Waits (at most 20 s, a guard against a hang, not a timing check) until <paramref name="done"/> holds.</summary>
    public async Task WaitUntilAsync(Func<CountingShopifyShop, bool> done)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!done(this))
            await _pulled.WaitAsync(guard.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _pulled.Dispose();
    }
}
