using System.Globalization;
using System.Text.Json;
using PackStation.Hardware.Devices;
using PackStation.Worker.Cli;
using PackStation.Worker.Hosting;

namespace PackStation.Worker.Commands;

/// <summary>
/// <c>packstation simulate --stations N --orders M [--json] [--from-store]</c>: the whole pipeline at full speed with
/// simulated devices and packers; prints throughput and scan latency.
/// </summary>
public sealed class SimulateCommand : ICliCommand
{
    private static readonly JsonSerializerOptions JsonOutput = new(JsonSerializerDefaults.Web);

    public string Name => "simulate";

    public string Usage => "simulate --stations N --orders M [--json] [--from-store [--write-back]] [--printer P [--host H:PORT]] [--trace]";

    public string Summary => "pack orders at full speed with simulated devices; prints throughput and latency";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "json", "from-store", "write-back", "trace" };

    public async Task<int> RunAsync(CliContext context, CliArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var stations = arguments.GetInt("stations", 30);
        var orders = arguments.GetInt("orders", 5000);
        var fromStore = arguments.Has("from-store");
        if (stations is < 1 or > 500)
            throw new CliUsageException("--stations must be between 1 and 500.");
        if (arguments.Has("write-back") && !fromStore)
            throw new CliUsageException("--write-back goes with --from-store.");

        var folder = fromStore ? null : Directory.CreateTempSubdirectory("packstation-simulate-").FullName;
        try
        {
            var printer = arguments.Get("printer") is { Length: > 0 } profile ? new DeviceBinding { Profile = profile, Host = arguments.Get("host") } : null;
            if (printer is null && arguments.Get("host") is not null)
                throw new CliUsageException("--host goes with --printer.");
            var result = await SimulationRun.RunAsync(context.Configuration, stations, orders, fromStore, arguments.Has("write-back"), folder, context.Error, arguments.Has("trace") ? context.Out : null, cancellationToken, printer);
            if (arguments.Has("json"))
                await context.Out.WriteLineAsync(JsonSerializer.Serialize(result, JsonOutput));
            else
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{result.Packed}/{result.Orders} orders at {result.Stations} stations in {result.Seconds:0.0} s: {result.OrdersPerSecond:0.0} orders/s; " +
                    $"scan latency p50 {result.ScanLatencyMsP50:0.00} ms, p99 {result.ScanLatencyMsP99:0.00} ms over {result.Scans} scans; {result.Errors} errors"));
            return result.Errors == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        }
        finally
        {
            if (folder is not null)
                Directory.Delete(folder, recursive: true);
        }
    }
}
