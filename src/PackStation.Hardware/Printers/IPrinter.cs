using PackStation.Hardware.Devices;

namespace PackStation.Hardware.Printers;

/// <summary>
/// A printer: bytes in its own language, and its status. The print queue sends a job only after
/// <see cref="QueryStatusAsync"/> reports ready; <see cref="SendAsync"/> throws a <see cref="DeviceException"/> when the
/// bytes could not all be delivered.
/// </summary>
public interface IPrinter : IDevice
{
    PrinterLanguage Language { get; }

    Task<PrinterStatus> QueryStatusAsync(CancellationToken cancellationToken);

    Task SendAsync(ReadOnlyMemory<byte> job, CancellationToken cancellationToken);
}
