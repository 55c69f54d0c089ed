using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using PackStation.TestKit;

namespace PackStation.Web.Tests.People;

/// <summary>
/// What a supervisor prints and scans: kiosk links as QR codes and badge sheets, rendered in Chromium and read back
/// with zbarimg; revoking a kiosk token.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class KioskAndBadgeSheetTests(WebAppFixture web)
{
    private TestService Site => web.ClosedSite;

    [Fact]
    public async Task StationLink_QrCodeScansToTheScreenAddressWithItsToken()
    {
        using var http = await WebClient.SupervisorAsync(Site.BaseAddress);
        var link = (await http.GetFromJsonAsync<JsonElement>("/api/stations/tokens")).EnumerateArray()
            .Single(l => l.GetProperty("stationId").GetString() == "S02");
        var svg = await http.GetStringAsync(new Uri(link.GetProperty("qrCode").GetString()!, UriKind.Relative));

        var decoded = await DecodeAsync($"<html><body style=\"margin:0;background:#fff\">{svg}</body></html>", scale: 1);

        var url = link.GetProperty("url").GetString()!;
        Assert.Equal([url], decoded);
        Assert.StartsWith(Site.BaseAddress.ToString().TrimEnd('/') + "/stations/S02?token=", url, StringComparison.Ordinal);
        using var anonymous = WebClient.Create(Site.BaseAddress);
        using var screen = await anonymous.GetAsync(new Uri($"/api/stations/S02?token={link.GetProperty("token").GetString()}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, screen.StatusCode);
    }

    [Fact]
    public async Task RevokeToken_OldTokenIsRefusedAndItsLiveStreamEnds_NewTokenOpens()
    {
        using var http = await WebClient.SupervisorAsync(Site.BaseAddress);
        var old = await TokenAsync(http, "S02");
        using var kiosk = WebClient.Create(Site.BaseAddress);
        using var live = await kiosk.GetAsync(new Uri($"/api/stations/S02/live?token={old}", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await live.Content.ReadAsStreamAsync());
        Assert.StartsWith("event: snapshot", await reader.ReadLineAsync(), StringComparison.Ordinal);

        using var revoked = await http.PostAsync(new Uri("/api/stations/S02/token/revoke", UriKind.Relative), null);
        var fresh = (await revoked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.NotEqual(old, fresh);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await reader.ReadLineAsync(timeout.Token) is not null)
        {
            // The rest of the last snapshot; the stream must then end.
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await kiosk.GetAsync(new Uri($"/api/stations/S02?token={old}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await kiosk.GetAsync(new Uri($"/api/stations/S02?token={fresh}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task BadgeSheet_ChosenPackers_EachBadgeScansAndNoOtherIsOnIt()
    {
        using var http = await WebClient.SupervisorAsync(Site.BaseAddress);
        var packers = (await http.GetFromJsonAsync<JsonElement>("/api/packers")).EnumerateArray()
            .Where(p => p.GetProperty("active").GetBoolean()).Take(3).ToList();
        var ids = string.Join(",", packers.Select(p => p.GetProperty("id").GetString()));

        var html = await http.GetStringAsync(new Uri($"/sheets/badges?ids={ids}", UriKind.Relative));
        var decoded = await DecodeAsync(html, scale: 3);

        Assert.Equal(packers.Select(p => p.GetProperty("badge").GetString()).Order(), decoded.Order());
        Assert.All(packers, p => Assert.Contains(p.GetProperty("name").GetString()!, html, StringComparison.Ordinal));
        using var unknown = await http.GetAsync(new Uri("/sheets/badges?ids=NOBODY", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        using var anonymous = WebClient.Create(Site.BaseAddress);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri($"/sheets/badges?ids={ids}", UriKind.Relative))).StatusCode);
    }

    private static async Task<string> TokenAsync(HttpClient http, string station) =>
        (await http.GetFromJsonAsync<JsonElement>("/api/stations/tokens")).EnumerateArray()
            .Single(l => l.GetProperty("stationId").GetString() == station).GetProperty("token").GetString()!;

    /// <summary>Renders the markup in Chromium at <paramref name="scale"/> device pixels per CSS pixel and decodes what zbarimg finds.</summary>
    private async Task<IReadOnlyList<string>> DecodeAsync(string html, float scale)
    {
        await using var context = await web.Browser.NewContextAsync(new BrowserNewContextOptions { DeviceScaleFactor = scale });
        var page = await context.NewPageAsync();
        await page.SetContentAsync(html);
        using var dir = new TempDirectory("sheet-scan");
        var png = dir.File("page.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = png, FullPage = true });
        return Zbar.Decode(png);
    }
}
