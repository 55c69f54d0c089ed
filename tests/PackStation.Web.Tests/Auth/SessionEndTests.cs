using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PackStation.Domain.Ports;
using PackStation.Web.Auth;

namespace PackStation.Web.Tests.Auth;

/// <summary>Logging out or changing a password ends the account's other sessions (real HTTP, two cookie jars).</summary>
[Collection(WebCollection.Name)]
public sealed class SessionEndTests(WebAppFixture web)
{
    private const string Password = "first password 1";
    private TestService Site => web.ClosedSite;

    [Fact]
    public async Task Logout_OtherSessionOfTheSameAccount_IsEnded()
    {
        await Site.CreateAccountAsync("sess-logout", Password, WebRoles.Supervisor);
        using var first = await LoggedInAsync("sess-logout", Password);
        using var second = await LoggedInAsync("sess-logout", Password);

        using (var logout = await first.PostAsync(new Uri("/api/session/logout", UriKind.Relative), null))
            Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);

        Assert.Null(await UserNameAsync(second));
        using var stats = await second.GetAsync(new Uri("/api/stats", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, stats.StatusCode);
    }

    [Fact]
    public async Task ChangePassword_OlderSessionCannotCreateASupervisor_AndThisSessionGoesOn()
    {
        await Site.CreateAccountAsync("sess-change", Password, WebRoles.Supervisor);
        using var older = await LoggedInAsync("sess-change", Password);
        using var current = await LoggedInAsync("sess-change", Password);

        using (var change = await current.PostAsJsonAsync("/api/session/password", new { currentPassword = Password, newPassword = "second password 2" }))
            Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);
        await WebClient.AddCsrfAsync(current);
        using var created = await older.PostAsJsonAsync("/api/accounts", new { userName = "sess-intruder", role = WebRoles.Supervisor });

        Assert.Equal(HttpStatusCode.Unauthorized, created.StatusCode);
        Assert.Null(await Site.Services.GetRequiredService<IAccountStore>().FindAccountAsync("sess-intruder", CancellationToken.None));
        Assert.Null(await UserNameAsync(older));
        Assert.Equal("sess-change", await UserNameAsync(current));
    }

    private async Task<HttpClient> LoggedInAsync(string userName, string password)
    {
        var http = WebClient.Create(Site.BaseAddress);
        using (var login = await WebClient.LoginAsync(http, userName, password))
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        await WebClient.AddCsrfAsync(http);
        return http;
    }

    private static async Task<string?> UserNameAsync(HttpClient http)
    {
        using var doc = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/session", UriKind.Relative)));
        return doc.RootElement.GetProperty("userName").GetString();
    }
}
