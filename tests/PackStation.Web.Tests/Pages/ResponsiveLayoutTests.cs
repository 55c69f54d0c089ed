using System.Text.Json;
using Microsoft.Playwright;

namespace PackStation.Web.Tests.Pages;

/// <summary>
/// The dashboard on a phone (390x844) and a tablet, in Chinese, checked from element boxes: no panel or tile overlaps
/// another, nothing sticks out of the page to the right (wide tables scroll inside their own region), and no text is
/// clipped by its box.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ResponsiveLayoutTests(WebAppFixture web)
{
    // Boxes of the blocks that must not overlap, anything wider than the viewport outside a scroll region, and
    // elements whose text is cut by their own box (scrollWidth beyond clientWidth with overflow hidden).
    private const string Measure = """
        () => {
          const box = (el) => { const r = el.getBoundingClientRect(); return { name: el.id || el.className || el.tagName, x: r.left, y: r.top + scrollY, w: r.width, h: r.height }; };
          const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
          const blocks = [...document.querySelectorAll(".tile, .panel, header.bar")].filter(visible).map(box);
          const inScroll = (el) => el.closest(".scroll") !== null;
          const wide = [...document.querySelectorAll("body *")].filter((el) => visible(el) && !inScroll(el))
            .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5).map((el) => box(el).name + " right=" + el.getBoundingClientRect().right);
          const clipped = [...document.querySelectorAll("body *")].filter((el) => visible(el) && el.children.length === 0 && el.textContent.trim())
            .filter((el) => { const s = getComputedStyle(el); return s.overflow !== "visible" && el.scrollWidth > el.clientWidth + 1; })
            .map((el) => box(el).name + ": " + el.textContent.trim().slice(0, 30));
          return JSON.stringify({ blocks, wide, clipped, pageWidth: document.documentElement.scrollWidth, innerWidth });
        }
        """;

    [Theory]
    [InlineData(390, 844)]
    [InlineData(820, 1180)]
    public async Task Dashboard_InChineseOnAPhoneOrTablet_HasNoOverlappingOrCutOffElement(int width, int height)
    {
        await using var context = await web.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "zh-CN",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(web.BaseAddress.ToString());
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#stations tbody tr').length === 3 && document.querySelectorAll('#packers tbody tr').length > 0");

        using var result = JsonDocument.Parse(await page.EvaluateAsync<string>(Measure));
        var root = result.RootElement;
        Assert.Equal("zh-CN", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.True(root.GetProperty("pageWidth").GetDouble() <= width, $"the page is {root.GetProperty("pageWidth")} px wide on a {width} px screen");
        Assert.Empty(root.GetProperty("wide").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(root.GetProperty("clipped").EnumerateArray().Select(e => e.GetString()));
        var blocks = root.GetProperty("blocks").EnumerateArray()
            .Select(b => (Name: b.GetProperty("name").GetString(), X: b.GetProperty("x").GetDouble(), Y: b.GetProperty("y").GetDouble(),
                W: b.GetProperty("w").GetDouble(), H: b.GetProperty("h").GetDouble())).ToList();
        Assert.True(blocks.Count >= 10, $"{blocks.Count} blocks");
        foreach (var a in blocks)
            foreach (var b in blocks.Where(b => b != a))
                Assert.False(a.X < b.X + b.W - 0.5 && b.X < a.X + a.W - 0.5 && a.Y < b.Y + b.H - 0.5 && b.Y < a.Y + a.H - 0.5,
                    $"{a.Name} ({a.X},{a.Y} {a.W}x{a.H}) overlaps {b.Name} ({b.X},{b.Y} {b.W}x{b.H})");
        await WebAppFixture.SaveScreenshotAsync(page, $"dashboard-zh-{width}.png", fullPage: true);
    }

    [Fact]
    public async Task HourlyChart_InABrowserOnAnotherContinent_HighlightsTheSitesHourAndShowsTheTopValue()
    {
        await using var context = await web.Browser.NewContextAsync(new BrowserNewContextOptions { TimezoneId = "America/New_York" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(web.BaseAddress.ToString());
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#chart rect').length === 24");

        var shanghaiHour = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).Hour;
        var highlighted = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('#chart rect')].findIndex(r => r.classList.contains('now'))");
        Assert.True(highlighted == shanghaiHour || highlighted == (shanghaiHour + 1) % 24, $"bar {highlighted} is highlighted; Shanghai's hour is {shanghaiHour}");
        // Every label, the tallest bar's value included, starts inside the chart (the value above the top bar was cut off).
        var topLabelY = await page.EvaluateAsync<double>("() => Math.min(...[...document.querySelectorAll('#chart text')].map(t => t.getBBox().y))");
        Assert.True(topLabelY >= 0, $"a label starts at y={topLabelY}, above the chart");
    }
}
