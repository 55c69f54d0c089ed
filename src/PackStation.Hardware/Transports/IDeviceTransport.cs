using PackStation.Hardware.Devices;

namespace PackStation.Hardware.Transports;

/// <summary>
/// A byte pipe to one device that survives unplugging: an operation that fails because the device went away throws
/// <see cref="DeviceDisconnectedException"/> and marks <see cref="Health"/> disconnected; the next operation waits until
/// the device is back and carries on. Bytes are never replayed: what was read is returned once, what failed to write
/// is the caller's to retry. One reader and one writer may work at the same time. The device a transport is given
/// disposes it; a <see cref="BorrowedTransport"/> stays open for its owner.
/// </summary>
public interface IDeviceTransport : IAsyncDisposable
{
    /// <summary>The configured path, e.g. "/dev/serial/by-id/usb-Honeywell…" (never the resolved /dev/ttyACMn).</summary>
    string Name { get; }

    DeviceHealth Health { get; }

    event EventHandler<DeviceHealth>? HealthChanged;

    /// <summary>Waits until the device is open (retrying while it is absent) or the token is cancelled.</summary>
    ValueTask ConnectAsync(CancellationToken cancellationToken);

    /// <summary>Waits for at least one byte. Use the token for deadlines (e.g. <c>CancelAfter</c> for a poll reply).</summary>
    ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken);

    ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken);
}
