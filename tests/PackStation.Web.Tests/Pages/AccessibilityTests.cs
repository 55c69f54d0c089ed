using Microsoft.Playwright;

namespace PackStation.Web.Tests.Pages;

/// <summary>
/// Every page in both languages on a 1366x768 screen and a 390x844 phone: no critical or serious axe-core violation
/// (WCAG 2.1 AA), with the page's data loaded (tables, a station's snapshot), a main landmark and one h1.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class AccessibilityTests(WebAppFixture web)
{
    public static TheoryData<string, string, int> Pages()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var width in new[] { 1366, 390 })
        {
            foreach (var path in new[] { "/", "/login", "/sheets/commands", "/sheets/badges" })
                foreach (var lang in new[] { "en", "zh-CN" })
                    data.Add(path, lang, width);
            data.Add("/stations/S02", "zh-CN", width); // a station screen is in its station's language
            data.Add("/stations/S03", "en", width);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_InBothLanguagesAndSizes_HasNoSeriousAxeViolations(string path, string lang, int width)
    {
        await using var context = await web.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = width == 390 ? 844 : 768 },
            Locale = lang,
        });
        var page = await context.NewPageAsync();
        if (path == "/sheets/badges")
            await LogInAsync(page);
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';

        await page.GotoAsync(new Uri(web.BaseAddress, $"{path}{separator}lang={lang}").ToString());
        await WaitForDataAsync(page, path);

        Assert.Equal(lang, await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Equal(1, await page.Locator("main").CountAsync());
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        var violations = await AxeChecks.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    private async Task LogInAsync(IPage page)
    {
        await page.GotoAsync(new Uri(web.BaseAddress, "/login").ToString());
        await page.FillAsync("input[name=userName]", WebAppFixture.SupervisorName);
        await page.FillAsync("input[name=password]", WebAppFixture.SupervisorPassword);
        await page.ClickAsync("#login button[type=submit]");
        await page.WaitForURLAsync(new Uri(web.BaseAddress, "/").ToString());
    }

    private static async Task WaitForDataAsync(IPage page, string path)
    {
        if (path == "/")
            await page.WaitForFunctionAsync("() => document.querySelectorAll('#stations tbody tr').length === 3 && document.querySelectorAll('#queue tr').length > 0");
        else if (path.StartsWith("/stations/", StringComparison.Ordinal))
            await page.WaitForFunctionAsync("() => document.body.dataset.state !== 'connecting'");
    }
}
