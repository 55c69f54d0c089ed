using PackStation.TestKit;
using PackStation.TestKit.Stores;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Tests.Commands;

/// <summary>The real <c>packstation tracking import</c> loading a carrier's allocation into a SQLite store.</summary>
public sealed class TrackingImportCommandTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Import_ListAndRangeTwice_AddsEachNumberOnceAndSaysHowMany()
    {
        await using var store = await StoreFixture.CreateAsync(clock: TimeProvider.System);
        var dir = store.Folder;
        var file = dir.File("zto-allocation.csv");
        await File.WriteAllTextAsync(file, "waybill\nZT7531000001\nZT7531000002\nZT7531000010-ZT7531000019\n");

        var (first, firstRun) = await PackstationProcess.RunAsync(dir.Path, TimeSpan.FromMinutes(1), ["tracking", "import", "--carrier", "ZTO", file, .. store.Arguments]);
        var (second, secondRun) = await PackstationProcess.RunAsync(dir.Path, TimeSpan.FromMinutes(1), ["tracking", "import", "--carrier", "ZTO", file, .. store.Arguments]);
        using (firstRun)
        using (secondRun)
        {
            Assert.Equal((0, 0), (first, second));
            Assert.Equal("ZTO: 12 numbers imported, 0 already known; 12 free in the pool.", Assert.Single(firstRun.Output));
            Assert.Equal("ZTO: 0 numbers imported, 12 already known; 12 free in the pool.", Assert.Single(secondRun.Output));
        }

        Assert.Equal(12, await store.TrackingNumbers.CountFreeTrackingNumbersAsync("ZTO", None));
        Assert.Equal("ZT7531000001", await store.TrackingNumbers.AllocateTrackingNumberAsync("ZTO", "TB-1", 1, None));
    }

    [Fact]
    public async Task Import_FileWithABadLine_ImportsNothingAndNamesTheLine()
    {
        await using var store = await StoreFixture.CreateAsync(clock: TimeProvider.System);
        var dir = store.Folder;
        var file = dir.File("bad.csv");
        await File.WriteAllTextAsync(file, "ZT7531000001\nZT7531000002\n中通 ZT75?\n");

        var (exitCode, run) = await PackstationProcess.RunAsync(dir.Path, TimeSpan.FromMinutes(1), ["tracking", "import", "--carrier", "ZTO", file, .. store.Arguments]);
        using (run)
        {
            Assert.Equal(ExitCodes.Invalid, exitCode);
            Assert.Contains("line 3", run.StandardError, StringComparison.Ordinal);
            Assert.Contains("Nothing was imported", run.StandardError, StringComparison.Ordinal);
        }

        Assert.Equal(0, await store.TrackingNumbers.CountFreeTrackingNumbersAsync("ZTO", None));
    }
}
