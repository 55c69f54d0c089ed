using System.Text;
using System.Text.Json;
using PackStation.TestKit;
using PackStation.TestKit.Stores;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Tests.Commands.People;

/// <summary>The real <c>packstation packers …</c> on a SQLite store, as a technician at the site would run it.</summary>
public sealed class PackersCommandsTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Import_Gb18030ListWithABadLine_EnrolsTheOthersNamesTheLineAndExits7()
    {
        await using var store = await StoreFixture.CreateAsync(clock: TimeProvider.System);
        var file = store.Folder.File("staff.csv");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        await File.WriteAllBytesAsync(file, Encoding.GetEncoding("GB18030").GetBytes("工号,姓名\r\nW1,张伟\r\nW2,\r\nW3,李秀英\r\n"));

        var (exitCode, import) = await RunAsync(store, "packers", "import", file);
        var (_, list) = await RunAsync(store, "packers", "list", "--format", "jsonl");
        using (import)
        using (list)
        {
            Assert.Equal(ExitCodes.Invalid, exitCode);
            Assert.Contains($"{file}:3: the name is empty", import.StandardError, StringComparison.Ordinal);
            Assert.Contains("2 added, 0 changed, 0 unchanged, 1 lines refused", import.StandardError, StringComparison.Ordinal);
            var people = list.Output.Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(["W1 张伟 True", "W3 李秀英 True"], people.Select(p => $"{p.GetProperty("id")} {p.GetProperty("name")} {p.GetProperty("active")}"));
            Assert.All(people, p => Assert.Matches("^PB[0-9A-Z]{12}$", p.GetProperty("badge").GetString()!));
        }

        var changes = await store.People.ReadPeopleEventsAsync("W1", 5, None);
        Assert.Equal("cli:" + Environment.UserName, Assert.Single(changes).Actor);
    }

    [Fact]
    public async Task AddReissueDisable_EachChangesTheStoreAndPrintsThePacker()
    {
        await using var store = await StoreFixture.CreateAsync(clock: TimeProvider.System);

        var (added, add) = await RunAsync(store, "packers", "add", "王芳", "--format", "jsonl");
        var (reissued, reissue) = await RunAsync(store, "packers", "reissue-badge", "P001", "--format", "jsonl");
        var (disabled, disable) = await RunAsync(store, "packers", "disable", "P001");
        var (unknown, missing) = await RunAsync(store, "packers", "disable", "P999");
        var (empty, noName) = await RunAsync(store, "packers", "add", "--id", "X1", "--name", " ");
        using (add)
        using (reissue)
        using (disable)
        using (missing)
        using (noName)
        {
            Assert.Equal((0, 0, 0), (added, reissued, disabled));
            var before = JsonDocument.Parse(Assert.Single(add.Output)).RootElement.GetProperty("badge").GetString();
            var after = JsonDocument.Parse(Assert.Single(reissue.Output)).RootElement.GetProperty("badge").GetString();
            Assert.NotEqual(before, after);
            Assert.Contains(disable.Output, l => l.StartsWith("P001", StringComparison.Ordinal) && l.Contains(" no ", StringComparison.Ordinal));
            Assert.Equal(ExitCodes.Failed, unknown);
            Assert.Contains("there is no packer P999", missing.StandardError, StringComparison.Ordinal);
            Assert.Equal(ExitCodes.Invalid, empty);
            Assert.Equal([before!.ToUpperInvariant()], await store.People.LoadRevokedBadgesAsync(None));
        }

        var packer = Assert.Single(await store.People.LoadPackersAsync(None));
        Assert.False(packer.Active);
    }

    [Fact]
    public async Task Commands_WithoutTheirArgument_AreUsageErrors()
    {
        await using var store = await StoreFixture.CreateAsync(clock: TimeProvider.System);

        var (code, run) = await RunAsync(store, "packers", "reissue-badge");
        using (run)
        {
            Assert.Equal(ExitCodes.Usage, code);
            Assert.Contains("usage: packstation packers reissue-badge ID", run.StandardError, StringComparison.Ordinal);
        }
    }

    internal static Task<(int ExitCode, PackstationProcess Process)> RunAsync(StoreFixture store, params string[] arguments) =>
        PackstationProcess.RunAsync(store.Folder.Path, TimeSpan.FromMinutes(1), [.. arguments, .. store.Arguments]);
}
