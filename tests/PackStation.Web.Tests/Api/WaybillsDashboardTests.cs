using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;

namespace PackStation.Web.Tests.Api;

/// <summary>The dashboard's "Print waybills" button, in Chromium, on a site that prints waybills before picking.</summary>
[Collection(WebCollection.Name)]
public sealed class WaybillsDashboardTests(WebAppFixture web, WaybillSiteFixture site) : IClassFixture<WaybillSiteFixture>
{
    [Fact]
    public async Task PrintWaybillsButton_Supervisor_QueuesTheBatchAndSaysHowMany()
    {
        var services = site.Site.Services;
        var printJobs = services.GetRequiredService<IPrintJobStore>();
        foreach (var carrier in (await services.GetRequiredService<IOrderStore>().ListOrdersAsync(OrderStatus.Ready, 1000, CancellationToken.None)).Select(o => o.Carrier ?? "").Distinct())
            await services.GetRequiredService<ITrackingNumberStore>().ImportTrackingNumbersAsync(carrier, Enumerable.Range(1, 4).Select(i => $"{carrier}DB{i:000000}").ToList(), CancellationToken.None);
        var before = (await printJobs.ListAsync(null, null, 1000, CancellationToken.None)).Count;
        var page = await web.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(site.Site.BaseAddress, "/login").ToString());
        await page.FillAsync("input[name=userName]", WebAppFixture.SupervisorName);
        await page.FillAsync("input[name=password]", WebAppFixture.SupervisorPassword);
        await page.ClickAsync("#login button[type=submit]");
        await page.WaitForURLAsync(new Uri(site.Site.BaseAddress, "/").ToString());

        await page.FillAsync("#wb-count", "2");
        await page.ClickAsync("#wb-print");
        await Assertions.Expect(page.Locator("#wb-msg")).ToContainTextAsync("2 waybills queued on S01/printer");

        Assert.Equal(before + 2, (await printJobs.ListAsync(null, null, 1000, CancellationToken.None)).Count);
        await page.CloseAsync();
    }
}
