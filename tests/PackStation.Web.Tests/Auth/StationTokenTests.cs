using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;

namespace PackStation.Web.Tests.Auth;

/// <summary>Kiosk station tokens on a site closed to anonymous readers, over HTTP and in the browser.</summary>
[Collection(WebCollection.Name)]
public sealed class StationTokenTests(WebAppFixture web)
{
    private TestService Site => web.ClosedSite;

    [Theory]
    [InlineData("/api/stations/S01")]
    [InlineData("/api/stations/S01/live")]
    public async Task Station_RightToken_IsServed(string path)
    {
        var token = await TokenAsync("S01");
        using var http = WebClient.Create(Site.BaseAddress);

        using var response = await http.GetAsync(new Uri($"{path}?token={token}", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/stations/S01", "")]
    [InlineData("/api/stations/S01", "?token=")]
    [InlineData("/api/stations/S01", "?token=AAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("/api/stations/S01/live", "")]
    [InlineData("/api/stations/S01/live", "?token=wrong")]
    public async Task Station_MissingOrWrongToken_Is401(string path, string query)
    {
        using var http = WebClient.Create(Site.BaseAddress);

        using var response = await http.GetAsync(new Uri(path + query, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/stations/S02")]
    [InlineData("/api/stations/S02/live")]
    [InlineData("/api/stations")]
    [InlineData("/api/stats")]
    public async Task TokenOfS01_ElsewhereThanS01_IsRefused(string path)
    {
        var token = await TokenAsync("S01");
        using var http = WebClient.Create(Site.BaseAddress);

        using var response = await http.GetAsync(new Uri($"{path}?token={token}", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task StationScreen_WithItsToken_ShowsTheStationLive()
    {
        var token = await TokenAsync("S02");
        var page = await web.Browser.NewPageAsync();

        await page.GotoAsync(new Uri(Site.BaseAddress, $"/stations/S02?token={token}").ToString());
        await page.WaitForFunctionAsync("() => document.getElementById('station-id').textContent === 'S02'");

        Assert.NotEqual("refused", await page.EvaluateAsync<string>("() => document.body.dataset.state"));
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("/stations/S02")]
    [InlineData("/stations/S02?token=wrong")]
    [InlineData("/stations/S03?token={S02}")]
    public async Task StationScreen_WithoutItsToken_SaysAccessIsRefusedAndShowsNoData(string path)
    {
        var page = await web.Browser.NewPageAsync();

        await page.GotoAsync(new Uri(Site.BaseAddress, path.Replace("{S02}", await TokenAsync("S02"), StringComparison.Ordinal)).ToString());
        await page.WaitForFunctionAsync("() => document.body.dataset.state === 'refused'");

        Assert.Equal("无权访问：本屏幕的工位令牌缺失或错误", await page.TextContentAsync("#feedback-headline"));
        Assert.Equal("—", await page.TextContentAsync("#station-id"));
        await page.CloseAsync();
    }

    /// <summary>The kiosk address a supervisor reads from <c>GET /api/stations/tokens</c>.</summary>
    private async Task<string> TokenAsync(string stationId)
    {
        using var http = await WebClient.SupervisorAsync(Site.BaseAddress);
        var links = await http.GetFromJsonAsync<List<Link>>(new Uri("/api/stations/tokens", UriKind.Relative));
        var path = links!.Single(l => l.StationId == stationId).Path;
        return path[(path.IndexOf("?token=", StringComparison.Ordinal) + "?token=".Length)..];
    }

    private sealed record Link(string StationId, string Path);
}
