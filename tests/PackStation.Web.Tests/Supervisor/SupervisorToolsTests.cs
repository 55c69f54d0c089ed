using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;

namespace PackStation.Web.Tests.Supervisor;

/// <summary>A supervisor's tools over HTTP: find an order, its detail, reprint and preview, hold and release.</summary>
public sealed class SupervisorToolsTests(SupervisorSiteFixture fixture) : IClassFixture<SupervisorSiteFixture>
{
    private TestService Site => fixture.Site;

    [Fact]
    public async Task Search_ByShopNumberTrackingAndPhoneTail_FindsTheOrder_DetailHasParcelLabelAndConfirmation()
    {
        var (order, label) = await fixture.PackedOrderAsync("ZT9000000001");
        using var http = await WebClient.SupervisorAsync(Site.BaseAddress);

        foreach (var q in new[] { order.ExternalId, "ZT9000000001", order.Recipient.Phone[^4..], order.Id })
        {
            var found = await http.GetFromJsonAsync<JsonElement>($"/api/orders/search?q={Uri.EscapeDataString(q)}");
            Assert.Contains(found.EnumerateArray(), o => o.GetProperty("id").GetString() == order.Id);
        }

        var detail = await http.GetFromJsonAsync<JsonElement>($"/api/orders/{order.Id}");
        Assert.Equal("packed", detail.GetProperty("order").GetProperty("status").GetString());
        Assert.Equal("ZT9000000001", Assert.Single(detail.GetProperty("parcels").EnumerateArray()).GetProperty("trackingNumber").GetString());
        var job = Assert.Single(detail.GetProperty("labels").EnumerateArray());
        Assert.Equal((label.Id, "label"), (job.GetProperty("id").GetInt64(), job.GetProperty("kind").GetString()));
        Assert.False(job.TryGetProperty("bytes", out _));
        Assert.Equal("pending", detail.GetProperty("confirmation").GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Array, detail.GetProperty("events").ValueKind);
        using var empty = await http.GetAsync(new Uri("/api/orders/search?q=", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task Reprint_QueuesTheSameBytesOnTheStationsPrinterAndItPrints_PreviewSaysWhyNot()
    {
        var (order, label) = await fixture.PackedOrderAsync("ZT9000000002");
        using var http = await WebClient.SupervisorAsync(Site.BaseAddress);

        using var reprint = await http.PostAsync(new Uri($"/api/orders/{order.Id}/labels/{label.Id}/reprint", UriKind.Relative), null);
        var queued = await reprint.Content.ReadFromJsonAsync<JsonElement>();
        var jobs = Site.Services.GetRequiredService<IPrintJobStore>();
        var printed = await WaitAsync(async () => await jobs.GetAsync(queued.GetProperty("id").GetInt64(), CancellationToken.None) is { State: PrintJobState.Done } j ? j : null);

        Assert.Equal(HttpStatusCode.Accepted, reprint.StatusCode);
        Assert.Equal((PrintJobKind.Reprint, label.Id, "S01"), (printed.Kind, printed.ReprintOf, printed.Station));
        Assert.Equal(label.Bytes, printed.Bytes);
        using var preview = await http.GetAsync(new Uri($"/api/orders/{order.Id}/labels/{label.Id}/preview.png", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Conflict, preview.StatusCode);
        Assert.Contains("no preview", await preview.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var otherOrder = await http.PostAsync(new Uri($"/api/orders/TB-NOPE/labels/{label.Id}/reprint", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NotFound, otherOrder.StatusCode);
    }

    [Fact]
    public async Task HoldAndRelease_NeedAReasonAndTheRightState_AndSayWhy()
    {
        var (packed, _) = await fixture.PackedOrderAsync("ZT9000000003");
        var ready = (await Site.Services.GetRequiredService<IOrderStore>().ListOrdersAsync(OrderStatus.Ready, 1, CancellationToken.None))[0];
        using var http = await WebClient.SupervisorAsync(Site.BaseAddress);

        using var noReason = await http.PostAsJsonAsync($"/api/orders/{ready.Id}/hold", new { reason = " " });
        using var holdPacked = await http.PostAsJsonAsync($"/api/orders/{packed.Id}/hold", new { reason = "customer called" });
        using var releaseReady = await http.PostAsync(new Uri($"/api/orders/{ready.Id}/release", UriKind.Relative), null);
        using var holdUnknown = await http.PostAsJsonAsync("/api/orders/TB-NOPE/hold", new { reason = "x" });
        using var hold = await http.PostAsJsonAsync($"/api/orders/{ready.Id}/hold", new { reason = "address unclear" });

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, holdPacked.StatusCode);
        Assert.Contains("packed", await holdPacked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, releaseReady.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, holdUnknown.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, hold.StatusCode);
        var held = await Site.Services.GetRequiredService<IOrderStore>().GetOrderAsync(ready.Id, CancellationToken.None);
        Assert.Equal("address unclear (test-supervisor)", held!.HoldReason);
    }

    internal static async Task<T> WaitAsync<T>(Func<Task<T?>> probe) where T : class
    {
        for (var i = 0; i < 300; i++)
        {
            if (await probe() is { } value)
                return value;
            await Task.Delay(100);
        }

        throw new TimeoutException("not within 30 s");
    }
}
