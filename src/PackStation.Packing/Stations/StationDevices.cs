using PackStation.Hardware.Printers;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Scales;
using PackStation.Hardware.Scanners;

namespace PackStation.Packing.Stations;

/// <summary>The three devices of a station and the printer's profile (labels are laid out for it).</summary>
public sealed record StationDevices(IBarcodeScanner Scanner, IScale Scale, IPrinter Printer, HardwareProfile PrinterProfile) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        await Scanner.DisposeAsync();
        await Scale.DisposeAsync();
        await Printer.DisposeAsync();
    }
}
