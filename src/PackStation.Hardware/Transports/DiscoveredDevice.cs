using PackStation.Hardware.Profiles;

namespace PackStation.Hardware.Transports;

/// <summary>
/// One device node found by <see cref="LinuxDeviceDiscovery"/>: its path (a stable symlink where there is one), what kind
/// of node it is ("serial", "input", "usb-printer", "hidraw", "packstation"), the node it points to, and the USB ids and
/// names read from sysfs when it hangs off USB.
/// </summary>
public sealed record DiscoveredDevice(string Path, string Kind, string Target, UsbIds? Usb, string? Manufacturer, string? Product);
