using PackStation.Hardware.Devices;

namespace PackStation.Hardware.Transports;

/// <summary>
/// One successful open of a device. A lost connection is never reused: the transport opens a new one. Every way the
/// device can vanish surfaces as <see cref="DeviceDisconnectedException"/> (with the bare reason as its message);
/// cancellation as <see cref="OperationCanceledException"/>, after which the connection is still usable.
/// </summary>
public interface IDeviceConnection : IDisposable
{
    /// <summary>Waits for at least one byte.</summary>
    ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken);

    ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken);
}
