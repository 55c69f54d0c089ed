using Microsoft.Playwright;

namespace PackStation.Web.Tests.Pages;

[Collection(WebCollection.Name)]
public sealed class StationScreenTests(WebAppFixture web)
{
    [Fact]
    public async Task WrongItemScan_StationScreen_TurnsRedWithinOneSecond()
    {
        var page = await web.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        await page.GotoAsync(new Uri(web.BaseAddress, "/stations/S01").ToString());
        await page.WaitForFunctionAsync("() => document.body.dataset.state !== 'connecting'");
        var order = await web.StartOrderAsync("S01", "P001");
        await page.WaitForFunctionAsync($"() => document.getElementById('order').textContent === '{order.Id}'");
        Assert.NotEqual("error", await page.EvaluateAsync<string>("() => document.body.dataset.feedback"));

        web.Scanner("S01").Inject(web.WrongItemBarcode(order));
        await page.WaitForFunctionAsync("() => document.body.dataset.feedback === 'error'", null, new PageWaitForFunctionOptions { Timeout = 1000 });

        Assert.Equal("rgb(198, 40, 40)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        Assert.Equal("商品错误！", await page.TextContentAsync("#feedback-headline"));
        Assert.Contains(order.Lines[0].Title, await page.TextContentAsync("#lines"), StringComparison.Ordinal);
        await page.WaitForTimeoutAsync(1100); // let the flash animation end before the picture
        await WebAppFixture.SaveScreenshotAsync(page, "station-wrong-item.png");
        await page.CloseAsync();
    }

    [Fact]
    public async Task ItemScan_StationScreen_ShowsScannedCountInGreen()
    {
        var page = await web.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        await page.GotoAsync(new Uri(web.BaseAddress, "/stations/S03").ToString());
        await page.WaitForFunctionAsync("() => document.body.dataset.state !== 'connecting'");
        var order = await web.StartOrderAsync("S03", "P003");
        var line = order.Lines[0];
        var product = web.Services.GetService(typeof(PackStation.Packing.Directory.PackingDirectory)) as PackStation.Packing.Directory.PackingDirectory;
        var barcode = product!.Catalogue.FindProduct(line.Sku)!.Barcodes.First(b => b.Multiplier == 1).Code;

        web.Scanner("S03").Inject(barcode);
        await page.WaitForFunctionAsync("() => document.body.dataset.feedback === 'ok' || document.body.dataset.feedback === 'done'");

        Assert.Contains($"1 / {line.Quantity}", await page.TextContentAsync("#lines"), StringComparison.Ordinal);
        await WebAppFixture.SaveScreenshotAsync(page, "station-scanning.png");
        await page.CloseAsync();
    }
}
