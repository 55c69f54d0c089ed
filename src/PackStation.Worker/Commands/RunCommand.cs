using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PackStation.Domain.Ports;
using PackStation.Worker.Cli;
using PackStation.Worker.Hosting;

namespace PackStation.Worker.Commands;

/// <summary><c>packstation [run]</c>: the service — stations, sync, outbox, web — until SIGTERM or Ctrl+C.</summary>
public sealed class RunCommand : ICliCommand, IOwnsLifetime
{
    public string Name => "run";

    public string Usage => "[run] [--urls URLS] [--Section:Key=value …]";

    public string Summary => "run the service (the demo site unless configured otherwise)";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>();

    public async Task<int> RunAsync(CliContext context, CliArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var app = PackStationHost.Build(context.RawArguments);
        // Check the configuration and open the store before the host starts, so a mistake is one clear message.
        await app.Services.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(cancellationToken);
        await app.Services.GetRequiredService<IStoreSchema>().MigrateAsync(cancellationToken);
        await app.RunAsync();
        return ExitCodes.Ok;
    }
}
