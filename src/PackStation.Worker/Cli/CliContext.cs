using Microsoft.Extensions.Configuration;

namespace PackStation.Worker.Cli;

/// <summary>
/// What a command gets: the raw arguments (for commands that build a host), the layered configuration
/// (appsettings, environment, command line), and the output streams.
/// </summary>
public sealed record CliContext(string[] RawArguments, IConfiguration Configuration, TextWriter Out, TextWriter Error);
