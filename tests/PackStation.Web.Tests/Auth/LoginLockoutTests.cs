using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PackStation.Web.Auth;

namespace PackStation.Web.Tests.Auth;

/// <summary>Failed-login throttling over HTTP; each test logs in from its own 127.0.0.x address.</summary>
[Collection(WebCollection.Name)]
public sealed class LoginLockoutTests(WebAppFixture web)
{
    private const string Password = "the right password";
    private TestService Site => web.ClosedSite;

    [Fact]
    public async Task Login_AfterFiveWrongPasswords_RightPasswordIsRefusedWith429AndRetryAfter()
    {
        await Site.CreateAccountAsync("lock-a", Password, WebRoles.Viewer);
        using var http = WebClient.Create(Site.BaseAddress, IPAddress.Parse("127.0.0.11"));
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await WebClient.LoginAsync(http, "lock-a", "wrong password");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var response = await WebClient.LoginAsync(http, "lock-a", Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.InRange(response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 30);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Too many failed logins", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(new Uri("/api/stats", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Login_OtherAccountWhileOneIsLocked_SucceedsAtOnce()
    {
        await Site.CreateAccountAsync("lock-b", Password, WebRoles.Viewer);
        await Site.CreateAccountAsync("free-b", Password, WebRoles.Viewer);
        using var attacker = WebClient.Create(Site.BaseAddress, IPAddress.Parse("127.0.0.12"));
        for (var i = 0; i < 6; i++)
            (await WebClient.LoginAsync(attacker, "lock-b", "wrong password")).Dispose();
        using (var locked = await WebClient.LoginAsync(attacker, "lock-b", Password))
            Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        using var other = WebClient.Create(Site.BaseAddress, IPAddress.Parse("127.0.0.12"));

        using var response = await WebClient.LoginAsync(other, "free-b", Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync(new Uri("/api/stats", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Login_TwentyFailuresFromOneAddress_LocksThatAddressOnly()
    {
        await Site.CreateAccountAsync("free-c", Password, WebRoles.Viewer);
        using var guesser = WebClient.Create(Site.BaseAddress, IPAddress.Parse("127.0.0.13"));
        for (var i = 0; i < 20; i++)
            (await WebClient.LoginAsync(guesser, $"guess-{i}", "wrong password")).Dispose();

        using var fromThere = await WebClient.LoginAsync(guesser, "free-c", Password);
        using var elsewhere = WebClient.Create(Site.BaseAddress, IPAddress.Parse("127.0.0.14"));
        using var fromElsewhere = await WebClient.LoginAsync(elsewhere, "free-c", Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, fromThere.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fromElsewhere.StatusCode);
    }

    [Fact]
    public async Task Login_BurstOf40ParallelWrongPasswords_ChecksAtMostFive()
    {
        await Site.CreateAccountAsync("burst-d", Password, WebRoles.Supervisor);
        using var http = WebClient.Create(Site.BaseAddress, IPAddress.Parse("127.0.0.15"));
        await WebClient.AddCsrfAsync(http);

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ =>
            http.PostAsJsonAsync("/api/session", new { userName = "burst-d", password = "wrong password" })));

        var checkedPasswords = responses.Count(r => r.StatusCode == HttpStatusCode.Unauthorized);
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.TooManyRequests, r.StatusCode.ToString()));
        Assert.InRange(checkedPasswords, 1, 5);
        foreach (var response in responses)
            response.Dispose();
    }

    [Fact]
    public async Task Login_StrangerLockedTheAccountFromElsewhere_SupervisorAtTheSiteStillLogsIn()
    {
        await Site.CreateAccountAsync("site-e", Password, WebRoles.Supervisor);
        using var stranger = WebClient.Create(Site.BaseAddress, IPAddress.Parse("127.0.0.16"));
        for (var i = 0; i < 8; i++)
            (await WebClient.LoginAsync(stranger, "site-e", "wrong password")).Dispose();
        using (var locked = await WebClient.LoginAsync(stranger, "site-e", Password))
            Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        using var supervisor = WebClient.Create(Site.BaseAddress, IPAddress.Parse("127.0.0.17"));

        using var response = await WebClient.LoginAsync(supervisor, "site-e", Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
