using System.Runtime.InteropServices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using PackStation.Hardware.Profiles;
using PackStation.Storage;

namespace PackStation.Worker.Cli;

/// <summary>Parses the command line, builds the configuration and runs one command, turning known failures into exit codes.</summary>
public static class PackStationCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        if (args is ["--help" or "-h" or "help", ..])
        {
            CommandTable.PrintHelp(output);
            return ExitCodes.Ok;
        }

        if (CommandTable.Find(args) is not var (command, rest))
        {
            await error.WriteLineAsync($"Unknown command \"{string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')))}\". Try packstation --help.");
            return ExitCodes.Usage;
        }

        using var cancellation = new CancellationTokenSource();
        // The service's host handles SIGTERM and Ctrl+C itself; every other command stops cleanly on them here.
        using var sigterm = command is IOwnsLifetime ? null : PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var sigint = command is IOwnsLifetime ? null : PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        try
        {
            var arguments = new CliArguments(rest, command.Flags);
            var configuration = ConfigurationFactory.Build(rest);

            return await command.RunAsync(new CliContext(rest, configuration, output, error), arguments, cancellation.Token);
        }
        catch (CliUsageException e)
        {
            await error.WriteLineAsync($"packstation {command.Name}: {e.Message}\nusage: packstation {command.Usage}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (IsConfigurationError(e))
        {
            foreach (var message in ConfigurationMessages(e).Distinct(StringComparer.Ordinal))
                await error.WriteLineAsync($"packstation {command.Name}: configuration error: {message}");
            return ExitCodes.Configuration;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return ExitCodes.Ok;
        }

        static IEnumerable<string> ConfigurationMessages(Exception e) => e switch
        {
            AggregateException aggregate => aggregate.InnerExceptions.SelectMany(ConfigurationMessages),
            OptionsValidationException options => options.Failures,
            _ => [e.Message],
        };

        static bool IsConfigurationError(Exception e) => e is ProfileException or OptionsValidationException or ConfigurationException or StoreException
            || (e is AggregateException aggregate && aggregate.InnerExceptions.All(IsConfigurationError));

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            cancellation.Cancel();
        }
    }
}
