using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;
using PackStation.TestKit;
using PackStation.Web.Auth;

namespace PackStation.Web.Tests.Auth;

/// <summary>The signing keys of cookies and CSRF tokens live in the data folder, owner-only, and outlast a restart.</summary>
public sealed class DataProtectionKeysTests : IDisposable
{
    private readonly TempDirectory _dir = new("packstation-web-keys");

    [Fact]
    public async Task SessionCookieAndCsrfToken_IssuedBeforeRestart_StillWorkAfterIt()
    {
        var cookies = new CookieContainer();
        string csrf;
        await using (var first = await StartAsync())
        {
            await first.CreateAccountAsync(WebAppFixture.SupervisorName, WebAppFixture.SupervisorPassword, WebRoles.Supervisor);
            using var http = await WebClient.SupervisorAsync(first.BaseAddress, cookies);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/api/stats", UriKind.Relative))).StatusCode);
            csrf = http.DefaultRequestHeaders.GetValues("X-CSRF-TOKEN").Single();
        }

        await using var second = await StartAsync();
        using var again = WebClient.Create(second.BaseAddress, cookies: cookies);
        again.DefaultRequestHeaders.Add("X-CSRF-TOKEN", csrf);
        var order = (await second.Services.GetRequiredService<IOrderStore>().ListOrdersAsync(OrderStatus.Ready, 1, CancellationToken.None))[0];

        using var stats = await again.GetAsync(new Uri("/api/stats", UriKind.Relative));
        using var hold = await again.PostAsJsonAsync($"/api/orders/{order.Id}/hold", new { reason = "after restart" });

        Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, hold.StatusCode);
    }

    [Fact]
    public async Task SessionCookie_OfAnotherDataFolder_IsRefused()
    {
        // Keys shared through a machine-wide default (~/.aspnet) would let one site's cookie open another site.
        using var otherDir = new TempDirectory("packstation-web-keys-other");
        var cookies = new CookieContainer();
        await using (var first = await StartAsync())
        {
            await first.CreateAccountAsync(WebAppFixture.SupervisorName, WebAppFixture.SupervisorPassword, WebRoles.Supervisor);
            (await WebClient.SupervisorAsync(first.BaseAddress, cookies)).Dispose();
        }

        await using var other = new TestService(otherDir.Path, "--Web:AnonymousDashboard=false");
        await other.StartAsync();
        using var http = WebClient.Create(other.BaseAddress, cookies: cookies);

        using var stats = await http.GetAsync(new Uri("/api/stats", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, stats.StatusCode);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task KeysFolder_AtStart_IsInTheDataFolderAndOwnerOnly()
    {
        var keys = Path.Combine(_dir.Path, "keys");
        Directory.CreateDirectory(keys);
        File.SetUnixFileMode(keys, (UnixFileMode)0b111_101_101); // 0755, as an older install might have left it

        await using var service = await StartAsync();
        using (var http = WebClient.Create(service.BaseAddress))
            await WebClient.AddCsrfAsync(http); // the first token makes the first key

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(keys));
        Assert.NotEmpty(Directory.GetFiles(keys, "key-*.xml"));
    }

    public void Dispose() => _dir.Dispose();

    private async Task<TestService> StartAsync()
    {
        var service = new TestService(_dir.Path, "--Web:AnonymousDashboard=false");
        await service.StartAsync();
        return service;
    }
}
