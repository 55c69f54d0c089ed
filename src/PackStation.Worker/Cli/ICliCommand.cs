namespace PackStation.Worker.Cli;

/// <summary>
/// One <c>packstation</c> command. <see cref="Name"/> is what the user types ("scanner listen"); the command returns
/// its exit code. Commands write results to standard output and progress or errors to standard error.
/// </summary>
public interface ICliCommand
{
    string Name { get; }

    string Usage { get; }

    string Summary { get; }

    /// <summary>Options that are switches and never take a value (e.g. "json").</summary>
    IReadOnlySet<string> Flags { get; }

    Task<int> RunAsync(CliContext context, CliArguments arguments, CancellationToken cancellationToken);
}
