using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PackStation.Shops.Carriers;
using PackStation.Shops.Connectors;
using PackStation.Shops.Tests.Fakes;

namespace PackStation.Shops.Tests.Carriers;

public sealed class HttpCarrierTrackingSourceTests : IAsyncLifetime
{
    private readonly FakeCarrier _fake = new();

    public Task InitializeAsync() => _fake.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private ServiceProvider Services() => ShopsHarness.Build(new() { ["Carrier:BaseUrl"] = _fake.BaseUrl.ToString(), ["Carrier:ApiKey"] = "carrier-key" });

    [Fact]
    public async Task Allocate_SameParcelTwiceThroughATimeout_OneNumberIssued()
    {
        await using var services = Services();
        var source = services.GetRequiredService<HttpCarrierTrackingSource>();
        _fake.Inject("waybills", new Fault.DropAfter());

        var first = await source.AllocateAsync("ZTO", "TB-1", 1, CancellationToken.None);
        var again = await source.AllocateAsync("ZTO", "TB-1", 1, CancellationToken.None);
        var second = await source.AllocateAsync("ZTO", "TB-1", 2, CancellationToken.None);

        Assert.Equal(first, again);
        Assert.NotEqual(first, second);
        Assert.Equal(2, _fake.Issued.Count);
    }

    [Fact]
    public async Task Void_IssuedNumber_CancelledAtTheCarrier()
    {
        await using var services = Services();
        var source = services.GetRequiredService<HttpCarrierTrackingSource>();
        var number = await source.AllocateAsync("ZTO", "TB-2", 1, CancellationToken.None);

        await source.VoidAsync(number, CancellationToken.None);

        Assert.Contains(number, _fake.Voided);
        var unknown = await Assert.ThrowsAsync<ShopApiException>(() => source.VoidAsync("NOPE", CancellationToken.None));
        Assert.Equal(ShopErrorKind.Permanent, unknown.Kind);
    }

    /// <summary>A carrier API that honours Idempotency-Key and requires its bearer key.</summary>
    private sealed class FakeCarrier : FakeServer
    {
        public ConcurrentDictionary<string, string> Issued { get; } = new(StringComparer.Ordinal);

        public ConcurrentBag<string> Voided { get; } = [];

        private int _next = 75310000;

        protected override void Map(WebApplication app)
        {
            app.MapPost("/waybills", (HttpContext context) =>
            {
                if (context.Request.Headers.Authorization != "Bearer carrier-key")
                    return Results.Json(new { error = "unauthorized" }, statusCode: 401);
                var key = context.Request.Headers["Idempotency-Key"].ToString();
                var number = Issued.GetOrAdd(key, _ => "ZT" + Interlocked.Increment(ref _next));
                return Results.Text(new JsonObject { ["trackingNumber"] = number }.ToJsonString(), "application/json");
            });
            app.MapPost("/waybills/{number}/cancel", (string number) =>
            {
                if (!Issued.Values.Contains(number))
                    return Results.Json(new { error = "unknown waybill" }, statusCode: 404);
                Voided.Add(number);
                return Results.Json(new { cancelled = true });
            });
        }
    }
}
