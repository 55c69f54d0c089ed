using Microsoft.Extensions.Options;
using PackStation.Hardware.Profiles;
using PackStation.Packing.Stations;

namespace PackStation.Packing.Waybills;

/// <summary>
/// Names the printers a batch may use: each configured station's printer, by station id ("S01") or queue key
/// ("S01/printer"). The station's runtime runs that printer's queue, so the batch prints there.
/// </summary>
public sealed class WaybillPrinters(IOptions<StationsOptions> stations, ProfileLibrary profiles)
{
    public WaybillPrinter Resolve(string? name)
    {
        var all = stations.Value.All;
        if (all.Count == 0)
            throw new WaybillBatchException("No stations are configured, so there is no printer to print waybills on.");
        var id = string.IsNullOrWhiteSpace(name) ? all[0].Id : StationPrinterKey.StationOf(name);
        var station = all.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase))
            ?? throw new WaybillBatchException($"There is no printer \"{name}\": name a station ({string.Join(", ", all.Select(s => s.Id))}).");
        HardwareProfile profile;
        try
        {
            profile = profiles.Get(DeviceKind.Printer, station.Printer.Profile);
        }
        catch (ProfileException e)
        {
            throw new WaybillBatchException($"Station {station.Id}'s printer: {e.Message}", e);
        }

        return new WaybillPrinter(StationPrinterKey.For(station.Id), station.Id, profile);
    }
}
