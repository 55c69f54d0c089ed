using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PackStation.Domain.Ports;

namespace PackStation.Web.Tests.Supervisor;

/// <summary>Parked write-backs (the shop refused them) and the shop sync's state, over HTTP.</summary>
public sealed class WriteBackAndSyncApiTests(SupervisorSiteFixture fixture) : IClassFixture<SupervisorSiteFixture>
{
    private TestService Site => fixture.Site;

    [Fact]
    public async Task ParkedWriteBack_IsListedWithTheShopsMessage_RetriedThenMarkedDone()
    {
        var (order, _) = await fixture.PackedOrderAsync("ZT9000000010");
        var outbox = Site.Services.GetRequiredService<IOutboxStore>();
        var id = (await outbox.FindForOrderAsync(order.Id, CancellationToken.None))!.Id;
        await outbox.MarkFailedAsync(id, "isv.logistics-offline-service-error: 订单已发货", null, CancellationToken.None);
        using var http = await WebClient.SupervisorAsync(Site.BaseAddress);

        var parked = await http.GetFromJsonAsync<JsonElement>("/api/outbox?state=parked");
        using var retry = await http.PostAsync(new Uri($"/api/outbox/{id}/retry", UriKind.Relative), null);
        var afterRetry = (await outbox.FindAsync(id, CancellationToken.None))!;
        using var retryAgain = await http.PostAsync(new Uri($"/api/outbox/{id}/retry", UriKind.Relative), null);
        await outbox.MarkFailedAsync(id, "订单已发货", null, CancellationToken.None);
        using var done = await http.PostAsync(new Uri($"/api/outbox/{id}/done", UriKind.Relative), null);
        var afterDone = (await outbox.FindAsync(id, CancellationToken.None))!;

        var listed = Assert.Single(parked.EnumerateArray(), c => c.GetProperty("id").GetInt64() == id);
        Assert.Contains("订单已发货", listed.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, retry.StatusCode);
        Assert.Equal(Domain.Shipping.ConfirmationState.Pending, afterRetry.State);
        Assert.Equal(HttpStatusCode.Conflict, retryAgain.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, done.StatusCode);
        Assert.Equal(Domain.Shipping.ConfirmationState.Delivered, afterDone.State);
        Assert.Equal("marked done by web:test-supervisor; the shop had said: 订单已发货", afterDone.LastError);
        using var unknown = await http.PostAsync(new Uri("/api/outbox/999999/done", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var badState = await http.GetAsync(new Uri("/api/outbox?state=lost", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, badState.StatusCode);
    }

    [Fact]
    public async Task Sync_AfterTheFirstRun_SaysWhenItRanAndSucceeded()
    {
        using var http = await WebClient.SupervisorAsync(Site.BaseAddress);

        var demo = await SupervisorToolsTests.WaitAsync(async () =>
        {
            var list = await http.GetFromJsonAsync<JsonElement>("/api/sync");
            return list.EnumerateArray().FirstOrDefault(s => s.GetProperty("lastRunAt").ValueKind == JsonValueKind.String) is { ValueKind: JsonValueKind.Object } s
                ? new Box(s) : null;
        });

        Assert.Equal("demo", demo.Value.GetProperty("shop").GetString());
        Assert.Equal(JsonValueKind.Null, demo.Value.GetProperty("lastError").ValueKind);
        Assert.InRange(demo.Value.GetProperty("lagSeconds").GetDouble(), 0, 600);
        using var anonymous = WebClient.Create(Site.BaseAddress);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/sync", UriKind.Relative))).StatusCode);
    }

    private sealed record Box(JsonElement Value);
}
