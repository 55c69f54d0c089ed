namespace PackStation.Hardware.Devices;

/// <summary>The device went away (unplugged, port closed by the far end).</summary>
public sealed class DeviceDisconnectedException : DeviceException
{
    public DeviceDisconnectedException() { }

    public DeviceDisconnectedException(string message) : base(message) { }

    public DeviceDisconnectedException(string message, Exception inner) : base(message, inner) { }
}
