using System.Text;
using System.Text.Json;
using PackStation.TestKit;

namespace PackStation.Shops.Tests.EndToEnd;

/// <summary>
/// <c>packstation sync --once</c> (the real program) over a folder of order files with hostile content: a bad order is
/// refused alone, named by its file and line, the rest of its file and every later file come in, at every run; and
/// what would change an order silently (a duplicate order number, an absurd quantity, a quote that swallows the next
/// row) is refused instead.
/// </summary>
public sealed class OrderFileSyncTests : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(90);
    private readonly TempDirectory _dir = new("order-file-sync");

    public void Dispose() => _dir.Dispose();

    private string Folder => Directory.CreateDirectory(_dir.File("orders")).FullName;

    private static string Order(string externalId, string name = "Anna", string extra = "", string quantity = "1") =>
        $$"""{"externalId":"{{externalId}}"{{extra}},"recipient":{"name":"{{name}}","address":"Road 1"},"lines":[{"sku":"A","quantity":{{quantity}}}]}""";

    private Task<PackstationRun> SyncAsync() => PackstationRun.RunAsync(Guard, "sync", "--once", "--Shop:Kind=File",
        $"--Shop:Path={Folder}", $"--Store:ConnectionString=Data Source={_dir.File("store.db")}", $"--Shop:Sync:LockFile={_dir.File("sync.lock")}");

    private async Task<Dictionary<string, JsonElement>> StoredAsync()
    {
        var run = await PackstationRun.RunAsync(Guard, "orders", "--format", "jsonl", $"--Store:ConnectionString=Data Source={_dir.File("store.db")}");
        Assert.Equal(0, run.ExitCode);
        return run.Output.Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(o => o.GetProperty("externalId").GetString()!);
    }

    private static void AssertNoStackTrace(PackstationRun run) =>
        Assert.DoesNotContain("   at ", run.Error + string.Join('\n', run.Output), StringComparison.Ordinal);

    [Fact]
    public async Task SyncOnce_BadOrderInEachFile_RefusedAloneWithFileAndLineAtEveryRun()
    {
        // a.jsonl line 2: a name with a lone surrogate. b.csv: a UTF-8 byte-order mark on GB18030 text.
        // c.jsonl line 1: an id that belongs to another order (a.jsonl's first). d.jsonl: nothing wrong.
        await File.WriteAllTextAsync(Path.Combine(Folder, "a.jsonl"),
            Order("1", extra: ",\"id\":\"X-1\"") + "\n" + Order("2", name: "Bad \\ud800 name") + "\n" + Order("3") + "\n");
        byte[] gbName = [0xD5, 0xC5, 0xD0, 0xA1, 0xD1, 0xE0]; // 张小燕 in GB18030
        await File.WriteAllBytesAsync(Path.Combine(Folder, "b.csv"),
            [0xEF, 0xBB, 0xBF, .. "externalId,sku,quantity,name,address\n10,A,1,"u8, .. gbName, .. ",Road 1\n"u8]);
        await File.WriteAllTextAsync(Path.Combine(Folder, "c.jsonl"), Order("20", extra: ",\"id\":\"X-1\"") + "\n" + Order("21") + "\n");
        await File.WriteAllTextAsync(Path.Combine(Folder, "d.jsonl"), Order("30") + "\n");

        foreach (var attempt in new[] { 1, 2 })
        {
            var run = await SyncAsync();

            AssertNoStackTrace(run);
            Assert.True(run.ExitCode == 0, $"run {attempt}: exit {run.ExitCode}: {run.Error}");
            Assert.Contains("a.jsonl line 2: order 2:", run.Error, StringComparison.Ordinal);
            Assert.Contains("c.jsonl line 1: order 20:", run.Error, StringComparison.Ordinal);
            var stored = await StoredAsync();
            Assert.Equal(["1", "10", "21", "3", "30"], stored.Keys.Order(StringComparer.Ordinal));
            Assert.Equal("张小燕", stored["10"].GetProperty("recipient").GetProperty("name").GetString());
            Assert.Equal("X-1", stored["1"].GetProperty("id").GetString());
        }
    }

    [Fact]
    public async Task SyncOnce_DuplicateOrderNumberAbsurdQuantityAndUnclosedQuote_RefusedNotChangedSilently()
    {
        await File.WriteAllTextAsync(Path.Combine(Folder, "a.jsonl"), string.Join('\n',
            Order("1", name: "First copy"), Order("2", quantity: "1000000000000"), Order("1", name: "Second copy"), Order("3")) + "\n");
        await File.WriteAllTextAsync(Path.Combine(Folder, "b.csv"),
            "externalId,sku,quantity,name,address\n" +
            "40,A,1,\"Dora,Road 4\n" +      // line 2: the quote is never closed
            "41,B,2,Emil,Road 5\n" +        // line 3: must still come in
            "42,C,1,Finn,Road 6\n");

        var run = await SyncAsync();

        AssertNoStackTrace(run);
        Assert.Equal(0, run.ExitCode);
        var stored = await StoredAsync();
        Assert.Equal(["3", "41", "42"], stored.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("a.jsonl line 1: order 1:", run.Error, StringComparison.Ordinal);
        Assert.Contains("a.jsonl line 3: order 1:", run.Error, StringComparison.Ordinal);
        Assert.Contains("a.jsonl line 2: order 2:", run.Error, StringComparison.Ordinal);
        Assert.Contains("b.csv line 2:", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, stored["41"].GetProperty("lines")[0].GetProperty("quantity").GetInt32());
    }

    [Fact]
    public async Task Label_OrderWithInvalidTextOrAbsurdQuantity_IsInvalidInputWithMessage()
    {
        foreach (var (order, expected) in new[] { (Order("1", name: "Bad \\udc00 name"), "\"name\""), (Order("2", quantity: "1000000000000"), "quantity") })
        {
            var path = _dir.File("order.json");
            await File.WriteAllTextAsync(path, order);

            var run = await PackstationRun.RunAsync(Guard, "label", "--order", path, "--printer", "zebra-zd421-203", "--tracking", "ZT1");

            AssertNoStackTrace(run);
            Assert.Equal(7, run.ExitCode);
            Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        }
    }
}
