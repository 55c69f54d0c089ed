using System.ComponentModel.DataAnnotations;
using PackStation.Hardware.Devices;

namespace PackStation.Packing.Stations;

/// <summary>
/// The stations this host runs. <see cref="Count"/> creates S01…Snn with simulated devices (the demo site);
/// <see cref="List"/> names real stations with their devices. Both may be used; ids must be unique.
/// </summary>
public sealed class StationsOptions
{
    public const string SectionName = "Stations";

    [Range(0, 500)]
    public int Count { get; set; }

    public List<StationOptions> List { get; set; } = [];

    /// <summary>
    /// The printer of the stations <see cref="Count"/> creates; null: the simulated printer. <c>simulate --printer P
    /// --host H</c> sets it to prove a real printer or print component with simulated packers.
    /// </summary>
    public DeviceBinding? CountPrinter { get; set; }

    public IReadOnlyList<StationOptions> All =>
        List.Concat(Enumerable.Range(1, Math.Max(0, Count))
            .Select(i => new StationOptions { Id = $"S{i:00}", Printer = CountPrinter ?? new DeviceBinding() })
            .Where(generated => List.All(s => !string.Equals(s.Id, generated.Id, StringComparison.OrdinalIgnoreCase))))
            .ToList();
}
