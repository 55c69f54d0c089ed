using PackStation.Worker.Cli;

namespace PackStation.Worker.Tests.Cli;

public sealed class CommandTableTests
{
    [Theory]
    [InlineData(new string[0], "run", "")]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5080" }, "run", "--urls http://127.0.0.1:5080")]
    [InlineData(new[] { "sync", "--once" }, "sync", "--once")]
    [InlineData(new[] { "--Store:ConnectionString=Data Source=x.db", "sync", "--once" }, "sync", "--Store:ConnectionString=Data Source=x.db --once")]
    [InlineData(new[] { "--Shop:Kind=File", "--Shop:Path=o.csv", "orders", "--format", "jsonl" }, "orders", "--Shop:Kind=File --Shop:Path=o.csv --format jsonl")]
    [InlineData(new[] { "--Store:Durability=Normal", "scanner", "listen", "--port", "/dev/ttyACM0" }, "scanner listen", "--Store:Durability=Normal --port /dev/ttyACM0")]
    [InlineData(new[] { "--Store:Durability=Normal" }, "run", "--Store:Durability=Normal")]
    public void Find_CommandAfterOneWordSettings_IsFoundAndSettingsKept(string[] args, string command, string remaining)
    {
        var found = CommandTable.Find(args);

        Assert.NotNull(found);
        Assert.Equal(command, found.Value.Command.Name);
        Assert.Equal(remaining, string.Join(' ', found.Value.Remaining));
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("--Store:Durability=Normal", "bogus")]
    public void Find_UnknownWord_IsNotTakenForTheService(params string[] args) =>
        Assert.Null(CommandTable.Find(args));
}
