using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;
using PackStation.Hardware.Simulated;
using PackStation.Packing.Stations;
using PackStation.TestKit;
using PackStation.Web.Auth;

namespace PackStation.Web.Tests.Api;

/// <summary>
/// <c>POST /api/waybills/batch</c> on the real service: refused without a supervisor login or CSRF token, refused while
/// stations print after verification, and on a site that prints waybills before picking it queues them on the station printer.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class WaybillsApiTests(WebAppFixture web, WaybillSiteFixture site) : IClassFixture<WaybillSiteFixture>
{
    private readonly TestService _site = site.Site;

    [Fact]
    public async Task Batch_Anonymous_IsRefusedAndPrintsNothing()
    {
        using var http = WebClient.Create(_site.BaseAddress);
        await WebClient.AddCsrfAsync(http);

        var before = await JobCountAsync();

        using var response = await http.PostAsJsonAsync("/api/waybills/batch", new { count = 2 });

        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, response.StatusCode.ToString());
        Assert.Equal(before, await JobCountAsync());
    }

    [Fact]
    public async Task Batch_SupervisorWithoutCsrfToken_IsRefused()
    {
        using var http = await WebClient.SupervisorAsync(_site.BaseAddress);
        http.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        var before = await JobCountAsync();

        using var response = await http.PostAsJsonAsync("/api/waybills/batch", new { count = 2 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await JobCountAsync());
    }

    [Fact]
    public async Task Batch_StationsPrintAfterVerification_IsRefusedNamingTheSetting()
    {
        using var http = await WebClient.SupervisorAsync(web.BaseAddress);

        using var response = await http.PostAsJsonAsync("/api/waybills/batch", new { count = 2 });
        using var status = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/waybills", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("LabelTiming", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(status.RootElement.GetProperty("available").GetBoolean());
        Assert.Contains("PrintedBeforePicking", status.RootElement.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_Supervisor_ReturnsOrdersAndNumbersAndTheStationPrinterPrintsThem()
    {
        var ready = (await _site.Services.GetRequiredService<IOrderStore>().ListOrdersAsync(OrderStatus.Ready, 1000, CancellationToken.None))
            .Where(o => o.Waybill is null).ToList();
        var numbers = _site.Services.GetRequiredService<ITrackingNumberStore>();
        foreach (var carrier in ready.Select(o => o.Carrier ?? "").Distinct())
            await numbers.ImportTrackingNumbersAsync(carrier, Enumerable.Range(1, 5).Select(i => $"{carrier}WB{i:000000}").ToList(), CancellationToken.None);
        using var http = await WebClient.SupervisorAsync(_site.BaseAddress);

        using var response = await http.PostAsJsonAsync("/api/waybills/batch", new { count = 3, printer = "S02" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var waybills = body.RootElement.GetProperty("waybills").EnumerateArray()
            .Select(w => (Order: w.GetProperty("orderId").GetString()!, Tracking: w.GetProperty("trackingNumber").GetString()!)).ToList();
        Assert.Equal(3, waybills.Count);
        Assert.Equal("S02/printer", body.RootElement.GetProperty("printer").GetString());
        Assert.Equal(ready.Take(3).Select(o => o.Id), waybills.Select(w => w.Order));
        foreach (var (order, tracking) in waybills)
            Assert.Equal(tracking, (await _site.Services.GetRequiredService<IOrderStore>().GetOrderAsync(order, CancellationToken.None))!.Waybill);

        var printer = (SimulatedPrinter)_site.Services.GetRequiredService<StationFleet>().Find("S02")!.Devices.Printer;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (printer.JobCount < 3)
            await Task.Delay(50, deadline.Token);
        Assert.Equal(waybills.Select(w => w.Tracking), printer.Jobs.Select(j => waybills.Single(w => System.Text.Encoding.UTF8.GetString(j).Contains(w.Tracking, StringComparison.Ordinal)).Tracking));
    }

    private async Task<int> JobCountAsync() =>
        (await _site.Services.GetRequiredService<IPrintJobStore>().ListAsync(null, null, 1000, CancellationToken.None)).Count;
}
