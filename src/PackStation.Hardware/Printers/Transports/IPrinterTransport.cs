namespace PackStation.Hardware.Printers.Transports;

/// <summary>
/// A byte pipe to one printer. <see cref="OpenAsync"/> tries once within the token's deadline and throws
/// <see cref="Devices.DeviceDisconnectedException"/> when the printer cannot be reached; a failed read or write throws
/// the same and forgets the connection, so the next <see cref="OpenAsync"/> starts afresh. Bytes are never replayed.
/// </summary>
public interface IPrinterTransport : IAsyncDisposable
{
    /// <summary>Where the printer is ("10.0.0.7:9100", "/dev/usb/lp0").</summary>
    string Name { get; }

    /// <summary>False for write-only links (spool files); status is then not asked.</summary>
    bool CanRead { get; }

    ValueTask OpenAsync(CancellationToken cancellationToken);

    ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken);

    /// <summary>Waits for at least one byte; the token carries the reply deadline.</summary>
    ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken);

    /// <summary>Drops bytes already received and not read (a late reply to an earlier query).</summary>
    void DiscardInput();

    /// <summary>Called after each job; a per-job connection closes here.</summary>
    ValueTask EndJobAsync();
}
