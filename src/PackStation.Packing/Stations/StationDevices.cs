using PackStation.Hardware.Printers;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Scales;
using PackStation.Hardware.Scanners;

namespace PackStation.Packing.Stations;

/// <summary>
/// The three devices of a station, the printer's profile (labels are laid out for it) and the scale's profile (its
/// zero band says when the platform counts as empty).
/// </summary>
public sealed record StationDevices(IBarcodeScanner Scanner, IScale Scale, IPrinter Printer, HardwareProfile PrinterProfile) : IAsyncDisposable
{
    /// <summary>The scale's profile; null for a scale without one (then only zero counts as an empty platform).</summary>
    public HardwareProfile? ScaleProfile { get; init; }

    public async ValueTask DisposeAsync()
    {
        await Scanner.DisposeAsync();
        await Scale.DisposeAsync();
        await Printer.DisposeAsync();
    }
}
