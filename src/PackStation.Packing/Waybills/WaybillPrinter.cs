using PackStation.Hardware.Profiles;

namespace PackStation.Packing.Waybills;

/// <summary>A printer a batch can go to: its print-queue key, the station it stands at, and its profile (for layout).</summary>
public sealed record WaybillPrinter(string Key, string StationId, HardwareProfile Profile);
