using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using PackStation.Web.Auth;

namespace PackStation.Web.Tests.People;

/// <summary>Enrolling packers over HTTP on a real site (closed to anonymous readers), and their badges at a station.</summary>
[Collection(WebCollection.Name)]
public sealed partial class PackersApiTests(WebAppFixture web)
{
    private TestService Site => web.ClosedSite;

    [Fact]
    public async Task Import_Gb18030StaffList_AddsEachWithItsOwnBadgeAndReportsTheBadLine()
    {
        using var http = await WebClient.SupervisorAsync(Site.BaseAddress);
        var csv = "工号,姓名,角色\r\nG101,张伟,打包员\r\nG102,李秀英,\r\n,,\r\nG103,王秀兰,主管\r\nG104,,打包员\r\n";

        using var doc = await ImportAsync(http, StaffCsv.Gb18030(csv));
        using var again = await ImportAsync(http, StaffCsv.Gb18030(csv));

        var added = doc.RootElement.GetProperty("added").EnumerateArray().ToList();
        Assert.Equal(["G101 张伟 packer", "G102 李秀英 packer", "G103 王秀兰 supervisor"],
            added.Select(p => $"{p.GetProperty("id")} {p.GetProperty("name")} {p.GetProperty("role")}"));
        var badges = added.Select(p => p.GetProperty("badge").GetString()!).ToList();
        Assert.All(badges, b => Assert.Matches(BadgePattern(), b));
        Assert.Equal(3, badges.Distinct().Count());
        var error = Assert.Single(doc.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(6, error.GetProperty("line").GetInt32());
        Assert.Contains("name is empty", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(again.RootElement.GetProperty("added").EnumerateArray());
        Assert.Equal(3, again.RootElement.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task Import_Utf8WithBomWithoutHeader_NamesWithoutIdsGetTheNextNumbers()
    {
        using var http = await WebClient.SupervisorAsync(Site.BaseAddress);

        using var doc = await ImportAsync(http, StaffCsv.Utf8WithBom("欧阳娜娜\n\"Zhang, Wei\"\n"));

        var names = doc.RootElement.GetProperty("added").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["欧阳娜娜", "Zhang, Wei"], names);
        Assert.All(doc.RootElement.GetProperty("added").EnumerateArray(), p => Assert.Matches("^P[0-9]{3,}$", p.GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task ReissueBadge_OldBadgeIsRefusedAtTheStation_NewOneLogsIn()
    {
        using var http = await WebClient.SupervisorAsync(Site.BaseAddress);
        var packer = await AddAsync(http, "R201", "赵丽颖");

        using var reissued = await http.PostAsync(new Uri("/api/packers/R201/reissue-badge", UriKind.Relative), null);
        var newBadge = (await reissued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("badge").GetString()!;

        Assert.Equal(HttpStatusCode.OK, reissued.StatusCode);
        Assert.NotEqual(packer.Badge, newBadge);
        await ScanAsync("S03", packer.Badge, s => s.LastFeedback?.Code == "badge-revoked");
        var loggedIn = await ScanAsync("S03", newBadge, s => s.PackerId == "R201");
        Assert.Equal("赵丽颖", loggedIn.PackerName);
        await ScanAsync("S03", LogoutCode(), s => s.PackerId is null);
    }

    [Fact]
    public async Task Disable_PackerLoggedInAtAnIdleStation_IsLoggedOutAndTheBadgeRefused()
    {
        using var http = await WebClient.SupervisorAsync(Site.BaseAddress);
        var packer = await AddAsync(http, "D301", "孙俪");
        await ScanAsync("S03", packer.Badge, s => s.PackerId == "D301");

        using (var disabled = await http.PostAsync(new Uri("/api/packers/D301/disable", UriKind.Relative), null))
            Assert.False((await disabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("active").GetBoolean());

        var after = await Site.Board.WaitForAsync("S03", s => s.PackerId is null, Timeout());
        Assert.Equal("login-ended", after.LastFeedback?.Code);
        await ScanAsync("S03", packer.Badge, s => s.LastFeedback?.Code == "badge-revoked");
        using (await http.PostAsync(new Uri("/api/packers/D301/enable", UriKind.Relative), null))
            await ScanAsync("S03", packer.Badge, s => s.PackerId == "D301");
        await ScanAsync("S03", LogoutCode(), s => s.PackerId is null);
    }

    [Fact]
    public async Task Edit_RenameAndRole_AreLoggedWithWhoAndWhat()
    {
        using var http = await WebClient.SupervisorAsync(Site.BaseAddress);
        await AddAsync(http, "E401", "周迅");

        using var edited = await http.PatchAsJsonAsync("/api/packers/E401", new { name = "周 迅", role = "supervisor" });
        using var changes = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/people/changes?subject=E401", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var log = changes.RootElement.EnumerateArray().Select(c => $"{c.GetProperty("action")} {c.GetProperty("actor")} {c.GetProperty("detail")}").ToList();
        Assert.Equal(["RoleChanged web:test-supervisor packer → supervisor", "Renamed web:test-supervisor 周迅 → 周 迅",
            "Added web:test-supervisor 周迅 (packer)"], log);
    }

    [Fact]
    public async Task Add_TakenIdOrEmptyName_Is409Or400_UnknownPacker404()
    {
        using var http = await WebClient.SupervisorAsync(Site.BaseAddress);
        await AddAsync(http, "T501", "刘涛");

        using var taken = await http.PostAsJsonAsync("/api/packers", new { id = "t501", name = "别人" });
        using var empty = await http.PostAsJsonAsync("/api/packers", new { name = "  " });
        using var unknown = await http.PostAsync(new Uri("/api/packers/NOPE/disable", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Changes_ViewerOrAnonymousOrWithoutCsrf_AreRefusedAndChangeNothing()
    {
        await Site.CreateAccountAsync("viewer-p", "viewer password", WebRoles.Viewer);
        using var viewer = WebClient.Create(Site.BaseAddress);
        (await WebClient.LoginAsync(viewer, "viewer-p", "viewer password")).Dispose();
        await WebClient.AddCsrfAsync(viewer);
        using var anonymous = WebClient.Create(Site.BaseAddress);
        using var noCsrf = await WebClient.SupervisorAsync(Site.BaseAddress);
        noCsrf.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");

        using var byViewer = await viewer.PostAsJsonAsync("/api/packers", new { id = "X601", name = "甲" });
        using var byAnonymous = await anonymous.PostAsJsonAsync("/api/packers", new { id = "X602", name = "乙" });
        using var withoutToken = await noCsrf.PostAsJsonAsync("/api/packers", new { id = "X603", name = "丙" });
        using var listByViewer = await viewer.GetAsync(new Uri("/api/packers", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, byViewer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, byAnonymous.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, listByViewer.StatusCode);
        using var supervisor = await WebClient.SupervisorAsync(Site.BaseAddress);
        var ids = (await supervisor.GetFromJsonAsync<JsonElement>("/api/packers")).EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
        Assert.DoesNotContain("X601", ids);
        Assert.DoesNotContain("X602", ids);
        Assert.DoesNotContain("X603", ids);
    }

    private static async Task<JsonDocument> ImportAsync(HttpClient http, byte[] csv)
    {
        using var content = new ByteArrayContent(csv);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var response = await http.PostAsync(new Uri("/api/packers/import", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static async Task<(string Id, string Badge)> AddAsync(HttpClient http, string id, string name)
    {
        using var response = await http.PostAsJsonAsync("/api/packers", new { id, name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (id, body.GetProperty("badge").GetString()!);
    }

    private async Task<Packing.Stations.StationSnapshot> ScanAsync(string station, string code, Func<Packing.Stations.StationSnapshot, bool> until)
    {
        var before = Site.Board.Get(station)!.Version;
        Site.Scanner(station).Inject(code);
        return await Site.Board.WaitForAsync(station, s => s.Version > before && until(s), Timeout());
    }

    private static string LogoutCode() => Domain.Scanning.BarcodeConventions.Default.CodeFor(Domain.Scanning.PackCommand.Logout);

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;

    [GeneratedRegex("^PB[0-9A-HJKMNP-TV-Z]{12}$")]
    private static partial Regex BadgePattern();
}
