using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PackStation.Packing.Directory;

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
        var barcode = web.WrongItemBarcode(order);
        var wrong = web.Services.GetRequiredService<PackingDirectory>().Catalogue.Products.First(p => p.Barcodes.Any(b => b.Code == barcode));
        var detail = await page.TextContentAsync("#feedback-detail") ?? "";
        Assert.Contains(wrong.Title, detail, StringComparison.Ordinal);
        Assert.Contains("不在订单", detail, StringComparison.Ordinal);
        Assert.DoesNotMatch("[A-Za-z]{3,} [a-z]{3,}", detail.Replace(order.Id, "", StringComparison.Ordinal));
        Assert.Contains(order.Lines[0].Title, await page.TextContentAsync("#lines"), StringComparison.Ordinal);
        await page.WaitForTimeoutAsync(1100); // let the flash animation end before the picture
        await WebAppFixture.SaveScreenshotAsync(page, "station-wrong-item.png");
        await page.CloseAsync();
    }

    [Fact]
    public async Task UnknownStation_StationScreen_SaysThereIsNoSuchStation()
    {
        var page = await web.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(web.BaseAddress, "/stations/S99").ToString());

        await page.WaitForFunctionAsync("() => document.body.dataset.state === 'missing'", null, new PageWaitForFunctionOptions { Timeout = 10000 });

        Assert.Equal("There is no station S99", await page.TextContentAsync("#feedback-headline"));
        Assert.Contains("/stations/", await page.TextContentAsync("#feedback-detail"), StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [Fact]
    public async Task EnglishStation_LongMessage_KeepsCountsWeightAndDevicesOnScreen()
    {
        var page = await web.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        await page.GotoAsync(new Uri(web.BaseAddress, "/stations/S03").ToString());
        await page.WaitForFunctionAsync("() => document.body.dataset.state !== 'connecting'");
        await WebClient.EnrolPackerAsync(web.BaseAddress, "EN301", "Alex Long-Message");
        var order = await web.StartOrderAsync("S03", "EN301");
        await page.WaitForFunctionAsync($"() => document.getElementById('order').textContent === '{order.Id}'");

        web.Scanner("S03").Inject("UNKNOWN-" + new string('9', 60));
        await page.WaitForFunctionAsync("() => document.body.dataset.feedback === 'error'");

        Assert.Equal("en", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Equal("Unknown barcode!", await page.TextContentAsync("#feedback-headline"));
        foreach (var selector in new[] { "#dev-printer", "#connection", "#weight", "#tracking", "#lines td.num" })
        {
            var box = await page.Locator(selector).First.BoundingBoxAsync();
            Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= 1366 && box.Y + box.Height <= 768, $"{selector} is off screen: {box?.X},{box?.Y} {box?.Width}x{box?.Height}");
        }

        Assert.Equal(1366, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        // Leave S03 as found (logged out, order back in the queue) for the other tests at this station.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        web.Scanner("S03").Inject("CMD-CANCEL");
        await web.Board.WaitForAsync("S03", s => s.OrderId is null, timeout.Token);
        web.Scanner("S03").Inject("CMD-LOGOUT");
        await web.Board.WaitForAsync("S03", s => s.PackerId is null, timeout.Token);
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
