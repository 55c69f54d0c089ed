using System.Net;
using System.Text.RegularExpressions;

namespace PackStation.Web.Tests.Pages;

/// <summary>Pages in the reader's language: ?lang= (kept in a cookie), else Accept-Language, else Chinese; html lang says which.</summary>
[Collection(WebCollection.Name)]
public sealed partial class LanguageTests(WebAppFixture web)
{
    [Theory]
    [InlineData("/", "zh-CN,zh;q=0.9,en;q=0.8", "zh-CN", "今日已打包")]
    [InlineData("/", "en-US,en;q=0.9", "en", "packed today")]
    [InlineData("/", "de-DE,en;q=0.5,zh;q=0.4", "en", "packed today")]
    [InlineData("/", "", "zh-CN", "今日已打包")]
    [InlineData("/login", "zh-CN", "zh-CN", "用户名")]
    [InlineData("/login", "en", "en", "User name")]
    [InlineData("/sheets/commands", "en", "en", "Next order")]
    [InlineData("/sheets/commands", "zh-CN", "zh-CN", "下一单")]
    public async Task Page_AcceptLanguage_ChoosesTheLanguageAndSaysSoInHtmlLang(string path, string acceptLanguage, string lang, string text)
    {
        using var http = new HttpClient { BaseAddress = web.BaseAddress };
        if (acceptLanguage.Length > 0)
            http.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);

        var html = await http.GetStringAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(lang, HtmlLang().Match(html).Groups[1].Value);
        Assert.Contains(text, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_LangQuery_SticksInACookieOverTheBrowsersLanguage()
    {
        using var http = WebClient.Create(web.BaseAddress);
        http.DefaultRequestHeaders.Add("Accept-Language", "zh-CN");

        using var switched = await http.GetAsync(new Uri("/?lang=en", UriKind.Relative));
        var later = await http.GetStringAsync(new Uri("/", UriKind.Relative));
        var login = await http.GetStringAsync(new Uri("/login", UriKind.Relative));
        using var back = await http.GetAsync(new Uri("/?lang=zh-CN", UriKind.Relative));
        var after = await http.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, switched.StatusCode);
        Assert.Contains("lang=en", string.Join(";", switched.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);
        Assert.Equal("en", HtmlLang().Match(later).Groups[1].Value);
        Assert.Equal("en", HtmlLang().Match(login).Groups[1].Value);
        Assert.Equal("zh-CN", HtmlLang().Match(after).Groups[1].Value);
        Assert.Contains("Accept-Language", switched.Headers.Vary);
    }

    [Fact]
    public async Task StationScreen_IsInTheStationsLanguageWhateverTheBrowser()
    {
        using var http = new HttpClient { BaseAddress = web.BaseAddress };
        http.DefaultRequestHeaders.Add("Accept-Language", "en");

        var html = await http.GetStringAsync(new Uri("/stations/S01", UriKind.Relative));

        Assert.Equal("zh-CN", HtmlLang().Match(html).Groups[1].Value);
        Assert.Contains("打包员", html, StringComparison.Ordinal);
        Assert.Contains("data-tz=\"Asia/Shanghai\"", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<html lang=\"([^\"]+)\"")]
    private static partial Regex HtmlLang();
}
