using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PackStation.Web.Tests.Pages;

/// <summary>What makes the first render fast: inlined styles allowed by hash, versioned scripts kept for a year.</summary>
[Collection(WebCollection.Name)]
public sealed partial class PageCachingTests(WebAppFixture web)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/stations/S01")]
    [InlineData("/login")]
    public async Task Page_Styles_AreInlineAndAllowedByTheirHashOnly(string path)
    {
        using var http = new HttpClient { BaseAddress = web.BaseAddress };
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();

        var style = InlineStyle().Match(html);
        Assert.True(style.Success, "no <style> in the page");
        Assert.DoesNotContain("<link rel=\"stylesheet\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains($"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style.Groups[1].Value)))}'", csp, StringComparison.Ordinal);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Page_Scripts_AreVersionedAndCachedForAYearButPlainAddressesAreNot()
    {
        using var http = new HttpClient { BaseAddress = web.BaseAddress };
        var html = await http.GetStringAsync(new Uri("/", UriKind.Relative));
        var scripts = VersionedScript().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(5, scripts.Count); // i18n, locale, session, dashboard, dashboard-order

        foreach (var script in scripts)
        {
            using var versioned = await http.GetAsync(new Uri(script, UriKind.Relative));
            using var plain = await http.GetAsync(new Uri(script.Split('?')[0], UriKind.Relative));
            using var otherVersion = await http.GetAsync(new Uri(script.Split('?')[0] + "?v=0000", UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, versioned.StatusCode);
            Assert.Equal("public, max-age=31536000, immutable", versioned.Headers.CacheControl?.ToString());
            Assert.Equal("no-cache", plain.Headers.CacheControl?.ToString());
            Assert.Equal("no-cache", otherVersion.Headers.CacheControl?.ToString());
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/stations/S01")]
    [InlineData("/login")]
    public async Task Page_InChromium_LoadsWithoutPolicyViolationsOrFailedRequests(string path)
    {
        var page = await web.Browser.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                problems.Add(message.Text);
        };
        page.RequestFailed += (_, request) => problems.Add($"{request.Url}: {request.Failure}");
        page.Response += (_, response) => { if (response.Status >= 400) problems.Add($"{response.Status} {response.Url}"); };

        // A station screen keeps its event stream open (in the shared worker), so it never becomes "network idle".
        var station = path.StartsWith("/stations/", StringComparison.Ordinal);
        await page.GotoAsync(new Uri(web.BaseAddress, path).ToString(), new PageGotoOptions { WaitUntil = station ? WaitUntilState.Load : WaitUntilState.NetworkIdle });
        if (station)
            await page.WaitForFunctionAsync("() => document.body.dataset.state !== 'connecting'");

        Assert.True(problems.All(p => p.Contains("/live", StringComparison.Ordinal)), string.Join(" | ", problems));
        Assert.NotEqual("rgba(0, 0, 0, 0)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        await page.CloseAsync();
    }

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex InlineStyle();

    [GeneratedRegex("""<script src="(/assets/[a-z0-9-]+\.js\?v=[0-9a-f]{16})" defer>""")]
    private static partial Regex VersionedScript();
}
