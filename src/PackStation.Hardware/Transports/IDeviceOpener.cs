namespace PackStation.Hardware.Transports;

/// <summary>
/// Opens one kind of device at one path: a serial port, a Linux device file. <see cref="ReconnectingTransport"/> calls it
/// again after every loss. Decorate an opener to add what must happen on every open (the evdev grab,
/// <see cref="Scanners.Evdev.EvdevGrabOpener"/>), rather than giving the transport a hook.
/// </summary>
public interface IDeviceOpener
{
    /// <summary>The configured path, e.g. "/dev/serial/by-id/usb-Honeywell…" (never the resolved /dev/ttyACMn).</summary>
    string Path { get; }

    /// <summary>
    /// Opens the path as it is now (symlinks are resolved afresh on every open). An absent or inaccessible device throws
    /// <see cref="IOException"/>, <see cref="UnauthorizedAccessException"/>, <see cref="InvalidOperationException"/> or
    /// <see cref="ArgumentException"/>.
    /// </summary>
    IDeviceConnection Open();
}
