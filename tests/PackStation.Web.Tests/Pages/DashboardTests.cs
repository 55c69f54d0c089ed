using Microsoft.Playwright;

namespace PackStation.Web.Tests.Pages;

[Collection(WebCollection.Name)]
public sealed class DashboardTests(WebAppFixture web)
{
    [Fact]
    public async Task Dashboard_AfterActivity_FillsTablesAndDrillsDownToTimeline()
    {
        var order = await web.StartOrderAsync("S02", "P002");
        web.Scanner("S02").Inject(web.WrongItemBarcode(order));
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
            await web.Board.WaitForAsync("S02", s => s.LastFeedback?.Code == "wrong-item", timeout.Token);

        var page = await web.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 1000 } });
        await page.GotoAsync(web.BaseAddress.ToString());
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#stations tbody tr').length === 3");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#packers tbody tr').length >= 1");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#exceptions tbody tr').length >= 1", null, new PageWaitForFunctionOptions { Timeout = 10000 });

        Assert.Contains("P002", await page.TextContentAsync("#packers tbody"), StringComparison.Ordinal);
        Assert.Contains("wrong-item", await page.TextContentAsync("#exceptions tbody"), StringComparison.Ordinal);
        Assert.Equal(24, await page.Locator("#chart rect").CountAsync());

        await page.Locator("#exceptions a.order-link", new PageLocatorOptions { HasTextString = order.Id }).First.ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#timeline tr').length >= 2");
        var timeline = await page.TextContentAsync("#timeline");
        Assert.Contains("order-started", timeline, StringComparison.Ordinal);
        Assert.Contains("wrong-item", timeline, StringComparison.Ordinal);
        await WebAppFixture.SaveScreenshotAsync(page, "dashboard.png", fullPage: true);
        await page.CloseAsync();
    }

    [Fact]
    public async Task PackerTable_ClickSecondsPerOrder_TogglesSortDirection()
    {
        var page = await web.Browser.NewPageAsync();
        await page.GotoAsync(web.BaseAddress.ToString());
        var header = page.Locator("#packers th[data-key='secondsPerOrder']");
        Assert.Contains("desc", await header.GetAttributeAsync("class") ?? "", StringComparison.Ordinal);

        await header.ClickAsync();

        Assert.Contains("asc", await header.GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        await page.CloseAsync();
    }
}
