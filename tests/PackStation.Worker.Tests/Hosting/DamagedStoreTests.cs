using PackStation.Domain.Events;
using PackStation.Domain.Ports;
using PackStation.TestKit;
using PackStation.TestKit.Stores;

namespace PackStation.Worker.Tests.Hosting;

/// <summary>
/// A store that is empty or damaged is refused at start, naming the file (#15: a 0-byte store started as a new empty
/// site without a word, and one with damaged pages started with /healthz 200 while the print queue and sync failed).
/// </summary>
public sealed class DamagedStoreTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Run_ZeroByteStoreFile_StopsNamingTheFileAndTheSettingThatWouldCreateIt()
    {
        using var dir = new TempDirectory("empty-store");
        var file = dir.File("packstation.db");
        await File.WriteAllBytesAsync(file, []);

        var (exitCode, run) = await PackstationProcess.RunAsync(dir.Path, Guard, "run", "--urls", $"http://127.0.0.1:{PackstationProcess.FreePort()}",
            $"--Store:ConnectionString=Data Source={file}", "--Stations:Count=1");
        using (run)
        {
            Assert.Equal(3, exitCode);
            Assert.Contains(file, run.StandardError, StringComparison.Ordinal);
            Assert.Contains("Store:Create=IfEmpty", run.StandardError, StringComparison.Ordinal);
        }

        Assert.Equal(0, new FileInfo(file).Length);
    }

    [Fact]
    public async Task Orders_ZeroByteStoreFileWithCreateIfEmpty_MakesANewStore()
    {
        using var dir = new TempDirectory("empty-store");
        var file = dir.File("packstation.db");
        await File.WriteAllBytesAsync(file, []);

        var (exitCode, run) = await PackstationProcess.RunAsync(dir.Path, Guard, "orders", $"--Store:ConnectionString=Data Source={file}",
            "--Store:Create=IfEmpty");
        using (run)
            Assert.True(exitCode == 0, run.StandardError);

        Assert.True(new FileInfo(file).Length > 0);
    }

    [Fact]
    public async Task Orders_MissingStoreWithCreateNever_StopsNamingTheFile()
    {
        using var dir = new TempDirectory("missing-store");
        var file = dir.File("site/packstation.db");

        var (exitCode, run) = await PackstationProcess.RunAsync(dir.Path, Guard, "orders", $"--Store:ConnectionString=Data Source={file}",
            "--Store:Create=Never");
        using (run)
        {
            Assert.Equal(3, exitCode);
            Assert.Contains(file, run.StandardError, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task Run_StoreWithDamagedPages_StopsSayingItIsDamagedAndLeavesTheFileAsItWas()
    {
        await using var store = await StoreFixture.CreateAsync(clock: TimeProvider.System);
        var detail = new string('x', 2000);
        await store.Packing.CommitAsync(new PackCommit("S01", Enumerable.Range(0, 400)
            .Select(i => new PackEvent(store.Now, "S01", "P01", null, PackEventKind.LoggedIn, Detail: detail)).ToList()), CancellationToken.None);
        var file = store.DatabasePath;
        await store.CloseAsync();
        Damage(file);
        var damaged = await File.ReadAllBytesAsync(file);

        var (exitCode, run) = await PackstationProcess.RunAsync(store.Folder.Path, Guard, "run", "--urls",
            $"http://127.0.0.1:{PackstationProcess.FreePort()}", $"--Store:ConnectionString=Data Source={file}", "--Stations:Count=1");
        using (run)
        {
            Assert.Equal(3, exitCode);
            Assert.Contains(file, run.StandardError, StringComparison.Ordinal);
            Assert.Contains("damaged", run.StandardError, StringComparison.Ordinal);
        }

        Assert.Equal(damaged, await File.ReadAllBytesAsync(file));
    }

    /// <summary>Overwrites pages in the middle of the file (not the header) with garbage, as a bad disk sector would.</summary>
    private static void Damage(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite);
        var garbage = new byte[4096 * 8];
        new Random(5).NextBytes(garbage);
        stream.Position = stream.Length / 2 / 4096 * 4096;
        stream.Write(garbage);
    }
}
