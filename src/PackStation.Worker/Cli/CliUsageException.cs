namespace PackStation.Worker.Cli;

/// <summary>The command line was wrong; the message says how. Exit code 2.</summary>
public sealed class CliUsageException : Exception
{
    public CliUsageException() { }

    public CliUsageException(string message) : base(message) { }

    public CliUsageException(string message, Exception inner) : base(message, inner) { }
}
