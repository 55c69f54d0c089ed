using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PackStation.Web.Auth;

namespace PackStation.Web.Tests.People;

/// <summary>Supervisor accounts over HTTP: one-time passwords, the first change enforced by the API, reset and disable.</summary>
[Collection(WebCollection.Name)]
public sealed class AccountsApiTests(WebAppFixture web)
{
    private TestService Site => web.ClosedSite;

    [Fact]
    public async Task NewSupervisor_WithItsOneTimePassword_CanChangeNothingUntilThePasswordIsChanged()
    {
        var oneTime = await AddAccountAsync("ops-a", WebRoles.Supervisor);
        using var http = WebClient.Create(Site.BaseAddress);
        using (var login = await WebClient.LoginAsync(http, "ops-a", oneTime))
            Assert.True((await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("mustChangePassword").GetBoolean());
        await WebClient.AddCsrfAsync(http);

        using var before = await http.PostAsJsonAsync("/api/packers", new { id = "A701", name = "杨幂" });
        using var tokens = await http.GetAsync(new Uri("/api/stations/tokens", UriKind.Relative));
        using var change = await http.PostAsJsonAsync("/api/session/password", new { currentPassword = oneTime, newPassword = "ops-a new password" });
        await WebClient.AddCsrfAsync(http);
        using var after = await http.PostAsJsonAsync("/api/packers", new { id = "A701", name = "杨幂" });

        Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, tokens.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
    }

    [Fact]
    public async Task ResetPassword_EndsTheAccountsSessions_OldPasswordNoLongerWorks()
    {
        var oneTime = await AddAccountAsync("ops-b", WebRoles.Supervisor);
        using var owner = await ChangedAsync("ops-b", oneTime, "ops-b own password");
        using var supervisor = await WebClient.SupervisorAsync(Site.BaseAddress);

        using var reset = await supervisor.PostAsync(new Uri("/api/accounts/ops-b/reset-password", UriKind.Relative), null);
        var newOneTime = (await reset.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("oneTimePassword").GetString()!;

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await owner.GetAsync(new Uri("/api/stats", UriKind.Relative))).StatusCode);
        using var fresh = WebClient.Create(Site.BaseAddress);
        using (var old = await WebClient.LoginAsync(fresh, "ops-b", "ops-b own password"))
            Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        using var withNew = await WebClient.LoginAsync(fresh, "ops-b", newOneTime);
        Assert.True((await withNew.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("mustChangePassword").GetBoolean());
    }

    [Fact]
    public async Task Disable_EndsTheAccountsSessionsAndRefusesItsLogin_EnableLetsItBackIn()
    {
        var oneTime = await AddAccountAsync("ops-c", WebRoles.Viewer);
        using var owner = await ChangedAsync("ops-c", oneTime, "ops-c own password");
        using var supervisor = await WebClient.SupervisorAsync(Site.BaseAddress);

        using (var disable = await supervisor.PostAsync(new Uri("/api/accounts/ops-c/disable", UriKind.Relative), null))
            Assert.Equal(HttpStatusCode.OK, disable.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await owner.GetAsync(new Uri("/api/stats", UriKind.Relative))).StatusCode);
        using var fresh = WebClient.Create(Site.BaseAddress);
        using (var refused = await WebClient.LoginAsync(fresh, "ops-c", "ops-c own password"))
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        using (await supervisor.PostAsync(new Uri("/api/accounts/ops-c/enable", UriKind.Relative), null))
        using (var back = await WebClient.LoginAsync(fresh, "ops-c", "ops-c own password"))
            Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    [Fact]
    public async Task Disable_OwnAccount_Is409_TakenName409_UnknownAccount404()
    {
        using var supervisor = await WebClient.SupervisorAsync(Site.BaseAddress);

        using var own = await supervisor.PostAsync(new Uri($"/api/accounts/{WebAppFixture.SupervisorName}/disable", UriKind.Relative), null);
        using var taken = await supervisor.PostAsJsonAsync("/api/accounts", new { userName = WebAppFixture.SupervisorName, role = WebRoles.Viewer });
        using var unknown = await supervisor.PostAsync(new Uri("/api/accounts/nobody-here/reset-password", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var list = JsonDocument.Parse(await supervisor.GetStringAsync(new Uri("/api/accounts", UriKind.Relative)));
        var me = list.RootElement.EnumerateArray().Single(a => a.GetProperty("userName").GetString() == WebAppFixture.SupervisorName);
        Assert.True(me.GetProperty("active").GetBoolean());
        Assert.False(me.TryGetProperty("passwordHash", out _));
    }

    private async Task<string> AddAccountAsync(string userName, string role)
    {
        using var supervisor = await WebClient.SupervisorAsync(Site.BaseAddress);
        using var created = await supervisor.PostAsJsonAsync("/api/accounts", new { userName, role });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("oneTimePassword").GetString()!;
    }

    private async Task<HttpClient> ChangedAsync(string userName, string oneTime, string password)
    {
        var http = WebClient.Create(Site.BaseAddress);
        (await WebClient.LoginAsync(http, userName, oneTime)).Dispose();
        await WebClient.AddCsrfAsync(http);
        using (var change = await http.PostAsJsonAsync("/api/session/password", new { currentPassword = oneTime, newPassword = password }))
            Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/api/stats", UriKind.Relative))).StatusCode);
        return http;
    }
}
