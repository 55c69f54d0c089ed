using PackStation.Hardware.Devices;
using PackStation.Hardware.Scales;
using PackStation.Hardware.Scanners;

namespace PackStation.Packing.Stations;

/// <summary>Everything a station reacts to, queued and handled one at a time in arrival order.</summary>
internal abstract record StationInput;

internal sealed record ScanArrived(Scan Scan) : StationInput;

internal sealed record WeightArrived(WeightReading Reading) : StationInput;

internal sealed record DeviceHealthArrived(string Role, DeviceHealth Health) : StationInput;

/// <summary>Time to renew the station's claims and retry a held label.</summary>
internal sealed record Tick : StationInput;
