using System.Diagnostics;
using System.Text.Json;
using PackStation.TestKit;

namespace PackStation.Web.Tests.Api;

/// <summary>
/// The OpenAPI document of a real site (closed to anonymous readers), checked by Redocly's linter with its recommended
/// rules (tests/tools: @redocly/cli) and by what the API promises: a summary per operation, the security schemes and
/// which operation needs which, error responses, the content type of every non-JSON response, /metrics listed.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class OpenApiDocumentTests(WebAppFixture web)
{
    [Fact]
    public async Task OpenApiDocument_RedoclyRecommendedRules_ReportNoErrors()
    {
        using var dir = new TempDirectory("packstation-openapi");
        var file = Path.Combine(dir.Path, "openapi.json");
        await File.WriteAllTextAsync(file, await DocumentAsync());

        var (exit, output) = await RedoclyAsync(file);

        Assert.True(exit == 0, output);
        Assert.DoesNotContain("error ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocument_Operations_HaveSummariesSecurityErrorsAndContentTypes()
    {
        using var doc = JsonDocument.Parse(await DocumentAsync());
        var root = doc.RootElement;
        var schemes = root.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("cookie", schemes.GetProperty("sessionCookie").GetProperty("in").GetString());
        Assert.Equal("X-CSRF-TOKEN", schemes.GetProperty("csrfHeader").GetProperty("name").GetString());
        Assert.Equal("query", schemes.GetProperty("stationToken").GetProperty("in").GetString());

        var operations = root.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Method: o.Name, Op: o.Value))).ToList();
        Assert.All(operations, o => Assert.False(string.IsNullOrWhiteSpace(o.Op.GetProperty("summary").GetString()), $"{o.Method} {o.Path}"));
        Assert.Contains(operations, o => o.Path == "/metrics" && Types(o.Op, "200").Contains("text/plain"));
        Assert.Contains("text/csv", Types(Find(operations, "/api/stats/packers.csv"), "200"));
        Assert.Contains("image/svg+xml", Types(Find(operations, "/sheets/barcode.svg"), "200"));
        Assert.Contains("text/event-stream", Types(Find(operations, "/api/stations/{id}/live"), "200"));
        Assert.Contains("text/event-stream", Types(Find(operations, "/api/stations/live"), "200"));

        var hold = Find(operations, "/api/orders/{id}/hold", "post");
        Assert.Equal(["csrfHeader", "sessionCookie"], Schemes(hold).Order(StringComparer.Ordinal));
        foreach (var status in new[] { "400", "401", "403", "404" })
            Assert.True(hold.GetProperty("responses").TryGetProperty(status, out _), $"hold has no {status}");
        Assert.True(Find(operations, "/api/session", "post").GetProperty("responses").TryGetProperty("429", out _), "login has no 429");
        Assert.Contains("stationToken", Schemes(Find(operations, "/api/stations/{id}")));
        Assert.Contains("sessionCookie", Schemes(Find(operations, "/api/stats")));
    }

    private static JsonElement Find(List<(string Path, string Method, JsonElement Op)> operations, string path, string method = "get") =>
        operations.Single(o => o.Path == path && o.Method == method).Op;

    private static List<string> Types(JsonElement operation, string status) =>
        operation.GetProperty("responses").GetProperty(status).TryGetProperty("content", out var content)
            ? content.EnumerateObject().Select(c => c.Name).ToList() : [];

    private static List<string> Schemes(JsonElement operation) =>
        operation.GetProperty("security").EnumerateArray().SelectMany(r => r.EnumerateObject().Select(s => s.Name)).ToList();

    private async Task<string> DocumentAsync()
    {
        using var http = new HttpClient { BaseAddress = web.ClosedSite.BaseAddress };
        return await http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
    }

    private static async Task<(int Exit, string Output)> RedoclyAsync(string file)
    {
        var tools = Path.Combine(RepositoryRoot(), "tests", "tools");
        var redocly = Path.Combine(tools, "node_modules", ".bin", "redocly");
        Assert.True(File.Exists(redocly), "@redocly/cli is not installed: run .ci/install (npm install in tests/tools).");
        var info = new ProcessStartInfo(redocly) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = tools };
        foreach (var argument in new[] { "lint", "--extends=recommended", "--format=summary", file })
            info.ArgumentList.Add(argument);
        info.Environment["REDOCLY_TELEMETRY"] = "off"; // no usage reports and no update check: tests talk to nothing outside
        info.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        info.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PackStation.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("PackStation.sln not found above the test folder.");
    }
}
