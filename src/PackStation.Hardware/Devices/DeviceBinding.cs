namespace PackStation.Hardware.Devices;

/// <summary>
/// A station's choice for one device role: a profile (id or path) and where the device is — a serial or device path
/// (<see cref="Port"/>), a network printer (<see cref="Host"/>, "host" or "host:port") or a spool file or folder
/// (<see cref="File"/>). Simulated profiles need none of them.
/// </summary>
public sealed record DeviceBinding
{
    public string Profile { get; init; } = "simulated";
    public string? Port { get; init; }
    public string? Host { get; init; }
    public string? File { get; init; }

    public string Describe() => Port ?? Host ?? File ?? Profile;
}
