using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PackStation.TestKit;
using PackStation.TestKit.Stores;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Tests.Commands.People;

/// <summary>The real <c>packstation users …</c>, also while the service runs and nobody can log in.</summary>
public sealed class UsersCommandsTests
{
    [Fact]
    public async Task ResetPassword_WhileTheServiceRuns_TheNewOneTimePasswordLogsInAndMustBeChanged()
    {
        await using var store = await StoreFixture.CreateAsync(clock: TimeProvider.System);
        var port = PackstationProcess.FreePort();
        using var service = PackstationProcess.StartIn(store.Folder.Path, ["run", "--urls", $"http://127.0.0.1:{port}", "--Stations:Count", "1",
            "--Demo:InitialOrders", "0", "--Demo:OrdersPerMinute", "0", "--Web:AnonymousDashboard=false", .. store.Arguments]);
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await WaitUntilUpAsync(http, service);

        var (code, reset) = await PackersCommandsTests.RunAsync(store, "users", "reset-password", "admin");
        using (reset)
        {
            Assert.Equal(0, code);
            var password = reset.Output.Single(l => l.StartsWith("one-time password: ", StringComparison.Ordinal))["one-time password: ".Length..];
            using var csrf = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/session/csrf", UriKind.Relative)));
            http.DefaultRequestHeaders.Add("X-CSRF-TOKEN", csrf.RootElement.GetProperty("token").GetString());
            using var login = await http.PostAsJsonAsync("/api/session", new { userName = "admin", password });

            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
            Assert.True((await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("mustChangePassword").GetBoolean());
            Assert.DoesNotContain(password, service.StandardError + string.Join('\n', service.Output), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AddListDisable_JsonLinesHaveIdNameActive_LastSupervisorCannotBeDisabled()
    {
        await using var store = await StoreFixture.CreateAsync(clock: TimeProvider.System);

        var (added, add) = await PackersCommandsTests.RunAsync(store, "users", "add", "zhang.wei");
        var (viewer, addViewer) = await PackersCommandsTests.RunAsync(store, "users", "add", "kanban", "--role", "viewer");
        var (last, lastSupervisor) = await PackersCommandsTests.RunAsync(store, "users", "disable", "zhang.wei");
        var (disabled, disable) = await PackersCommandsTests.RunAsync(store, "users", "disable", "kanban");
        var (_, list) = await PackersCommandsTests.RunAsync(store, "users", "list", "--format", "jsonl");
        using (add)
        using (addViewer)
        using (lastSupervisor)
        using (disable)
        using (list)
        {
            Assert.Equal((0, 0, 0), (added, viewer, disabled));
            Assert.Contains(add.Output, l => l.StartsWith("one-time password: ", StringComparison.Ordinal));
            Assert.Equal(ExitCodes.Failed, last);
            Assert.Contains("last active supervisor", lastSupervisor.StandardError, StringComparison.Ordinal);
            var accounts = list.Output.Select(l => JsonDocument.Parse(l).RootElement)
                .Select(a => $"{a.GetProperty("id")} {a.GetProperty("name")} {a.GetProperty("active")} {a.GetProperty("role")}");
            Assert.Equal(["kanban kanban False viewer", "zhang.wei zhang.wei True supervisor"], accounts);
        }
    }

    private static async Task WaitUntilUpAsync(HttpClient http, PackstationProcess service)
    {
        for (var i = 0; i < 120; i++)
        {
            try
            {
                if ((await http.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("the service did not start: " + service.StandardError);
    }
}
