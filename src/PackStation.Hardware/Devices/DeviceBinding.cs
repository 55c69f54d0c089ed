namespace PackStation.Hardware.Devices;

/// <summary>
/// A station's choice for one device role: a profile (id or path) and where the device is — a serial or device path
/// (<see cref="Port"/>), a network printer (<see cref="Host"/>, "host" or "host:port") or a spool file or folder
/// (<see cref="File"/>). Simulated profiles need none of them. A print component is a <see cref="Host"/> with
/// <see cref="Secure"/> and the component's printer <see cref="Name"/>.
/// </summary>
public sealed record DeviceBinding
{
    public string Profile { get; init; } = "simulated";
    public string? Port { get; init; }
    public string? Host { get; init; }
    public string? File { get; init; }

    /// <summary>A print component: connect with wss:// instead of ws://.</summary>
    public bool Secure { get; init; }

    /// <summary>A print component: the name of the component's printer to print on (empty: its default printer).</summary>
    public string? Name { get; init; }

    public string Describe() => Port ?? Host ?? File ?? Profile;
}
