using PackStation.Hardware.Devices;

namespace PackStation.Hardware.Scanners;

/// <summary>
/// A barcode scanner. <see cref="ReadScansAsync"/> yields every scan, exactly once, until cancelled; the driver
/// reconnects by itself after an unplug and reports it through <see cref="IDevice.Health"/>.
/// </summary>
public interface IBarcodeScanner : IDevice
{
    IAsyncEnumerable<Scan> ReadScansAsync(CancellationToken cancellationToken);
}
