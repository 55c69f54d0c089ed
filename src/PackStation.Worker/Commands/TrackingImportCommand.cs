using Microsoft.Extensions.DependencyInjection;
using PackStation.Domain.Ports;
using PackStation.Labels.Tracking;
using PackStation.Storage;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Commands;

/// <summary>
/// <c>packstation tracking import --carrier C FILE</c>: loads the numbers a carrier allocated to the site (a CSV or text
/// file, one number per line, or FIRST-LAST ranges) into the carrier's pool, from which labels and waybills draw them
/// when <c>Carrier:TrackingNumbers</c> is Pool. Numbers already known are skipped, so importing a file twice is
/// harmless; a file with a bad line imports nothing and names the line.
/// </summary>
public sealed class TrackingImportCommand : ICliCommand
{
    public string Name => "tracking import";

    public string Usage => "tracking import --carrier C FILE";

    public string Summary => "load a carrier's allocated tracking numbers (CSV, list or FIRST-LAST ranges) into its pool";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>();

    public async Task<int> RunAsync(CliContext context, CliArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var carrier = arguments.Require("carrier").Trim();
        if (arguments.Positional is not [var path])
            throw new CliUsageException("name one file of tracking numbers.");

        IReadOnlyList<string> numbers;
        try
        {
            using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
            numbers = TrackingNumberImport.Parse(reader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync($"packstation tracking import: cannot read {path}: {e.Message}");
            return ExitCodes.Invalid;
        }
        catch (FormatException e)
        {
            await context.Error.WriteLineAsync($"packstation tracking import: {path}: {e.Message} Nothing was imported.");
            return ExitCodes.Invalid;
        }

        await using var services = await context.BuildServicesAsync((s, c) => s.AddPackStationStorage(c), cancellationToken);
        var store = services.GetRequiredService<ITrackingNumberStore>();
        var added = await store.ImportTrackingNumbersAsync(carrier, numbers, cancellationToken);
        var free = await store.CountFreeTrackingNumbersAsync(carrier, cancellationToken);
        await context.Out.WriteLineAsync(
            $"{carrier}: {added} numbers imported, {numbers.Count - added} already known; {free} free in the pool.");
        return ExitCodes.Ok;
    }
}
