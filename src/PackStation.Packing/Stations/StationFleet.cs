using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Profiles;
using PackStation.Packing.Directory;
using PackStation.Packing.Labelling;

namespace PackStation.Packing.Stations;

/// <summary>All station runtimes of this host, created from <see cref="StationsOptions"/> with their devices.</summary>
public sealed class StationFleet(
    IOptions<StationsOptions> stations,
    IOptions<PackingOptions> packing,
    DeviceFactory devices,
    StationStores stores,
    PackingDirectory directory,
    IParcelLabeler labeler,
    StationBoard board,
    LatencyRecorder latency,
    TimeProvider clock,
    ILoggerFactory loggers)
{
    private readonly Lazy<IReadOnlyList<StationRuntime>> _runtimes = new(() =>
    {
        var shared = new StationServices(packing.Value, stores, directory, labeler, board, latency, clock, loggers);
        return stations.Value.All.Select(station => new StationRuntime(station, Open(devices, station), shared)).ToList();
    });

    public IReadOnlyList<StationRuntime> Runtimes => _runtimes.Value;

    public StationRuntime? Find(string stationId) => Runtimes.FirstOrDefault(r => string.Equals(r.StationId, stationId, StringComparison.OrdinalIgnoreCase));

    private static StationDevices Open(DeviceFactory devices, StationOptions station) => new(
        devices.CreateScanner(station.Scanner),
        devices.CreateScale(station.Scale),
        devices.CreatePrinter(station.Printer),
        devices.Profiles.Get(DeviceKind.Printer, station.Printer.Profile))
    {
        ScaleProfile = devices.Profiles.Get(DeviceKind.Scale, station.Scale.Profile),
    };
}
