namespace PackStation.Hardware.Devices;

public enum DeviceState
{
    Connected,
    Disconnected,

    /// <summary>Connected but not usable: paper out, cover open, overload…</summary>
    Fault,
}
