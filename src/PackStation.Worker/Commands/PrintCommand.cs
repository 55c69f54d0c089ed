using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PackStation.Hardware;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Printers;
using PackStation.Hardware.Profiles;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Commands;

/// <summary>
/// <c>packstation print --printer P (--port DEV | --host H[:PORT] | --file PATH) FILE [--timeout S]</c>: sends the
/// file's bytes as one job, only while the printer reports ready. While it reports a fault (paper out, cover open,
/// offline) the command waits, saying so on standard error, up to --timeout seconds (default 60), then fails:
/// exit 4 when the printer is offline or unreachable, 5 for a fault it reports (the fault is named on stderr).
/// A job cut off part-way is sent again whole (the printer never got its end); one whose delivery cannot be
/// confirmed is not (exit 4, "check the printer").
/// </summary>
public sealed class PrintCommand : ICliCommand
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(5);

    public string Name => "print";

    public string Usage => "print --printer P (--port DEV | --host H[:PORT] | --file PATH) FILE [--timeout S]";

    public string Summary => "send a print job, waiting while the printer reports a fault";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>();

    public async Task<int> RunAsync(CliContext context, CliArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var binding = new DeviceBinding { Profile = arguments.Require("printer"), Port = arguments.Get("port"), Host = arguments.Get("host"), File = arguments.Get("file") };
        if (new[] { binding.Port, binding.Host, binding.File }.Count(v => !string.IsNullOrWhiteSpace(v)) != 1)
            throw new CliUsageException("name the printer's place with exactly one of --port, --host or --file.");
        if (arguments.Positional.Count != 1)
            throw new CliUsageException("name one FILE to print.");
        var timeout = arguments.GetSeconds("timeout", TimeSpan.FromSeconds(60));
        var job = await ReadJobAsync(arguments.Positional[0], cancellationToken);

        await using var services = await context.BuildServicesAsync((s, c) => s.AddPackStationHardware(c), cancellationToken);
        var factory = services.GetRequiredService<DeviceFactory>();
        IPrinter printer;
        try
        {
            factory.Validate(DeviceKind.Printer, binding);
            printer = factory.CreatePrinter(binding);
        }
        catch (ArgumentException e)
        {
            throw new CliUsageException(e.Message, e);
        }

        await using (printer)
            return await PrintAsync(context, printer, job, timeout, cancellationToken);
    }

    private static async Task<int> PrintAsync(CliContext context, IPrinter printer, byte[] job, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = TimeProvider.System;
        var started = clock.GetTimestamp();
        string? lastFault = null;
        var lastProgress = TimeSpan.MinValue;
        while (true)
        {
            var status = await printer.QueryStatusAsync(cancellationToken);
            if (status.Ready)
            {
                try
                {
                    await printer.SendAsync(job, cancellationToken);
                    await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"printed {job.Length} bytes on {printer.Name}"));
                    return ExitCodes.Ok;
                }
                catch (PrinterNotReadyException e)
                {
                    status = e.Status;
                }
                catch (PrintInterruptedException e)
                {
                    await context.Error.WriteLineAsync($"print: {e.Message}; the job will be sent again whole");
                    status = PrinterStatus.Faulted(PrinterFaults.Offline, e.Message);
                }
                catch (PrintUnconfirmedException e)
                {
                    await context.Error.WriteLineAsync($"print: {e.Message} Not sent again (it could print twice): check the printer.");
                    return ExitCodes.DeviceUnavailable;
                }
            }

            var waited = clock.GetElapsedTime(started);
            var fault = status.Fault ?? PrinterFaults.Offline;
            if (waited >= timeout)
            {
                await context.Error.WriteLineAsync($"print: failed: printer {printer.Name} reports {fault}{Detail(status)} after {waited.TotalSeconds:0} s");
                return fault == PrinterFaults.Offline ? ExitCodes.DeviceUnavailable : ExitCodes.DeviceFault;
            }

            if (fault != lastFault || waited - lastProgress >= ProgressEvery)
            {
                await context.Error.WriteLineAsync($"print: waiting: printer {printer.Name} reports {fault}{Detail(status)} ({waited.TotalSeconds:0} s of {timeout.TotalSeconds:0} s)");
                lastFault = fault;
                lastProgress = waited;
            }

            await Task.Delay(Poll, clock, cancellationToken);
        }
    }

    private static string Detail(PrinterStatus status) => status.Detail is { } detail ? $" ({detail})" : "";

    private static async Task<byte[]> ReadJobAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            return bytes.Length > 0 ? bytes : throw new CliUsageException($"{path} is empty: nothing to print.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot read {path}: {e.Message}", e);
        }
    }
}
