using PackStation.Worker.Commands;

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
    ];

    /// <summary>Finds the command named by the first one or two words; "run" when there are none.</summary>
    public static (ICliCommand Command, string[] Remaining)? Find(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
            return (All[0], args);
        foreach (var command in All.OrderByDescending(c => c.Name.Count(ch => ch == ' ')))
        {
            var words = command.Name.Split(' ');
            if (args.Length >= words.Length && words.Select((w, i) => w == args[i]).All(x => x))
                return (command, args[words.Length..]);
        }

        return null;
    }

    public static void PrintHelp(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("packstation: the packing-station service and its tools.");
        writer.WriteLine();
        foreach (var command in All)
            writer.WriteLine($"  packstation {command.Usage,-60} {command.Summary}");
    }
}
