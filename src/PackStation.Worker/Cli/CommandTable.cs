using PackStation.Worker.Commands;
using PackStation.Worker.Commands.People;

namespace PackStation.Worker.Cli;

/// <summary>Every command of <c>packstation</c>. The command line is a stable interface: add, never rename.</summary>
public static class CommandTable
{
    public static IReadOnlyList<ICliCommand> All { get; } =
    [
        new RunCommand(),
        new SimulateCommand(),
        new ProfilesCheckCommand(),
        new LabelCommand(),
        new SyncCommand(),
        new OrdersCommand(),
        new OutboxCommand(),
        new ScannerListenCommand(),
        new DevicesCommand(),
        new PrintCommand(),
        new ScaleReadCommand(),
        new WaybillsCommand(),
        new TrackingImportCommand(),
        new PackersAddCommand(),
        new PackersImportCommand(),
        new PackersListCommand(),
        PackerChangeCommand.Disable,
        PackerChangeCommand.Enable,
        PackerChangeCommand.ReissueBadge,
        new UsersAddCommand(),
        new UsersListCommand(),
        UserChangeCommand.Disable,
        UserChangeCommand.Enable,
        UserChangeCommand.ResetPassword,
    ];

    /// <summary>
    /// Finds the command named by the first one or two words; "run" when there are none. Settings written as one word
    /// (<c>--Store:ConnectionString=…</c>) may come before the command and are kept with its other arguments.
    /// </summary>
    public static (ICliCommand Command, string[] Remaining)? Find(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var leading = args.TakeWhile(IsOneWordSetting).ToArray();
        var words = args[leading.Length..];
        if (words.Length == 0 || words[0].StartsWith("--", StringComparison.Ordinal))
            return (All[0], args);
        foreach (var command in All.OrderByDescending(c => c.Name.Count(ch => ch == ' ')))
        {
            var name = command.Name.Split(' ');
            if (words.Length >= name.Length && name.Select((w, i) => w == words[i]).All(x => x))
                return (command, [.. leading, .. words[name.Length..]]);
        }

        return null;
    }

    private static bool IsOneWordSetting(string arg) => arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal);

    public static void PrintHelp(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("packstation: the packing-station service and its tools.");
        writer.WriteLine();
        foreach (var command in All)
            writer.WriteLine($"  packstation {command.Usage,-60} {command.Summary}");
    }
}
