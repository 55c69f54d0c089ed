namespace PackStation.Hardware.Devices;

/// <summary>A device could not do what was asked. The station runtime decides what follows (retry, show, reconnect).</summary>
public class DeviceException : Exception
{
    public DeviceException() { }

    public DeviceException(string message) : base(message) { }

    public DeviceException(string message, Exception inner) : base(message, inner) { }
}
