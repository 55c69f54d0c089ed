using PackStation.Hardware.Devices;
using PackStation.Hardware.Printers;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Scales;
using PackStation.Hardware.Scanners;

namespace PackStation.Hardware.Simulated;

/// <summary>Opens the simulated twins for profiles whose transport is "simulated".</summary>
public sealed class SimulatedScannerDriver(TimeProvider clock) : IDeviceDriver<IBarcodeScanner>
{
    public bool CanOpen(HardwareProfile profile) => profile.IsSimulated;

    public IBarcodeScanner Open(HardwareProfile profile, DeviceBinding binding) => new SimulatedScanner("simulated scanner", clock);
}

/// <inheritdoc cref="SimulatedScannerDriver"/>
public sealed class SimulatedScaleDriver(TimeProvider clock) : IDeviceDriver<IScale>
{
    public bool CanOpen(HardwareProfile profile) => profile.IsSimulated;

    public IScale Open(HardwareProfile profile, DeviceBinding binding) => new SimulatedScale("simulated scale", clock);
}

/// <inheritdoc cref="SimulatedScannerDriver"/>
public sealed class SimulatedPrinterDriver : IDeviceDriver<IPrinter>
{
    public bool CanOpen(HardwareProfile profile) => profile.IsSimulated;

    public IPrinter Open(HardwareProfile profile, DeviceBinding binding) =>
        new SimulatedPrinter(profile.Printer?.Language ?? PrinterLanguage.Zpl, "simulated printer");
}
