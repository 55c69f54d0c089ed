using PackStation.Hardware.Devices;

namespace PackStation.Hardware.Printers.Component;

/// <summary>The component answered something that is not its protocol (garbage, a missing field), or refused a command.</summary>
public sealed class ComponentProtocolException : DeviceException
{
    public ComponentProtocolException(string message) : base(message) { }

    public ComponentProtocolException(string message, Exception inner) : base(message, inner) { }
}
