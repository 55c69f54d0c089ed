namespace PackStation.Hardware.Transports;

/// <summary>How <see cref="ReconnectingTransport"/> looks for a device that is gone and lets go of a dead one.</summary>
public sealed record ReconnectOptions
{
    public static ReconnectOptions Default { get; } = new();

    /// <summary>How often to look for the device again while it is gone.</summary>
    public TimeSpan ReconnectDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long closing may take before the handle is abandoned (SerialPort.Close can hang after a failed write).</summary>
    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(2);
}
