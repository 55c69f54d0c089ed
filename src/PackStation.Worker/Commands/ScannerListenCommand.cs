using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PackStation.Hardware;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Scanners;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Commands;

/// <summary>
/// <c>packstation scanner listen --profile P --port DEV [--json]</c>: prints one line per scan until SIGTERM or Ctrl+C
/// (exit 0). Device health changes (unplugged, back) go to standard error; the listener keeps going across them.
/// </summary>
public sealed class ScannerListenCommand : ICliCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Name => "scanner listen";

    public string Usage => "scanner listen --profile P --port DEV [--json]";

    public string Summary => "print each scan of a scanner (one JSON line per scan with --json)";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "json" };

    public async Task<int> RunAsync(CliContext context, CliArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var binding = new DeviceBinding { Profile = arguments.Require("profile"), Port = arguments.Get("port") };
        var json = arguments.Has("json");

        await using var services = await context.BuildServicesAsync((s, c) => s.AddPackStationHardware(c), cancellationToken);
        var factory = services.GetRequiredService<DeviceFactory>();
        factory.Validate(DeviceKind.Scanner, binding);
        IBarcodeScanner scanner;
        try
        {
            scanner = factory.CreateScanner(binding);
        }
        catch (ArgumentException e)
        {
            throw new CliUsageException(e.Message, e);
        }

        await using (scanner)
        {
            scanner.HealthChanged += (_, health) =>
                context.Error.WriteLine($"scanner {scanner.Name}: {health.StatusText}{(health.Reason is { } reason ? " (" + reason + ")" : "")}");
            try
            {
                await foreach (var scan in scanner.ReadScansAsync(cancellationToken))
                {
                    await context.Out.WriteLineAsync(json ? JsonSerializer.Serialize(ScanLine.From(scan), Json) : Describe(scan));
                    await context.Out.FlushAsync(cancellationToken);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // SIGTERM or Ctrl+C: a clean stop.
            }
        }

        return ExitCodes.Ok;
    }

    private static string Describe(Scan scan)
    {
        var text = Printable.Escape(scan.Data, 4096);
        var kind = scan.Symbology is null ? "" : $"  [{scan.Symbology}]";
        var gs1 = scan.Gs1 is null ? "" : "  " + string.Concat(scan.Gs1.Select(e => $"({e.Key}){e.Value}"));
        return scan.Valid ? text + kind + gs1 : $"{text}{kind}  INVALID: {scan.Error}";
    }

    /// <summary>The stable JSON shape of a scan line (docs/interfaces.md): data, symbology, aim, gs1, valid, error.</summary>
    private sealed record ScanLine(string Data, string? Symbology, string? Aim, IReadOnlyDictionary<string, string>? Gs1, bool Valid, string? Error)
    {
        public static ScanLine From(Scan scan) => new(scan.Data, scan.Symbology, scan.Aim, scan.Gs1, scan.Valid, scan.Error);
    }
}
