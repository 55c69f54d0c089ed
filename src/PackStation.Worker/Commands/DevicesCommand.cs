using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PackStation.Hardware;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Transports;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Commands;

/// <summary>
/// <c>packstation devices [--json]</c>: serial ports, input devices, USB printers and hidraw nodes on this machine,
/// with their USB ids and the hardware profiles whose ids match.
/// </summary>
public sealed class DevicesCommand : ICliCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "devices";

    public string Usage => "devices [--json]";

    public string Summary => "list serial, input, USB printer and hidraw devices with matching profiles";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "json" };

    public async Task<int> RunAsync(CliContext context, CliArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        await using var services = await context.BuildServicesAsync((s, c) => s.AddPackStationHardware(c), cancellationToken);
        var profiles = services.GetRequiredService<ProfileLibrary>().All.Where(p => p.Usb is not null).ToList();
        var discovery = new LinuxDeviceDiscovery(
            context.Configuration["Devices:DevRoot"] ?? "/dev",
            context.Configuration["Devices:SysRoot"] ?? "/sys");

        var devices = discovery.Discover();
        foreach (var device in devices)
        {
            var matches = device.Usb is null ? [] : profiles.Where(p => p.Usb == device.Usb).Select(p => $"{p.Kind.ToString().ToLowerInvariant()}/{p.Id}").ToList();
            if (arguments.Has("json"))
            {
                var line = new
                {
                    path = device.Path,
                    kind = device.Kind,
                    target = device.Target,
                    usb = device.Usb is { } ids ? $"{ids.VendorId}:{ids.ProductId}" : null,
                    manufacturer = device.Manufacturer,
                    product = device.Product,
                    profiles = matches,
                };
                await context.Out.WriteLineAsync(JsonSerializer.Serialize(line, Json));
            }
            else
            {
                var usb = device.Usb is { } ids ? $"{ids.VendorId}:{ids.ProductId}" : "-";
                var target = device.Target == device.Path ? "" : " -> " + device.Target;
                var name = string.Join(' ', new[] { device.Manufacturer, device.Product }.Where(s => !string.IsNullOrEmpty(s)));
                var profile = matches.Count == 0 ? "" : "  profile: " + string.Join(", ", matches);
                await context.Out.WriteLineAsync($"{device.Kind,-12} {usb,-10} {device.Path}{target}  {name}{profile}");
            }
        }

        if (devices.Count == 0 && !arguments.Has("json"))
            await context.Error.WriteLineAsync("no serial, input, USB printer or hidraw devices found");
        return ExitCodes.Ok;
    }
}
