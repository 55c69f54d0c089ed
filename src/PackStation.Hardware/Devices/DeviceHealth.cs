namespace PackStation.Hardware.Devices;

/// <summary>
/// A device's health as the station and dashboard show it. <see cref="Reason"/> is a short stable slug for faults
/// ("paper-out", "cover-open") or a human sentence for disconnections.
/// </summary>
public sealed record DeviceHealth(DeviceState State, string? Reason = null)
{
    public static DeviceHealth Connected { get; } = new(DeviceState.Connected);

    public static DeviceHealth Disconnected(string reason) => new(DeviceState.Disconnected, reason);

    public static DeviceHealth Fault(string reason) => new(DeviceState.Fault, reason);

    public bool IsUsable => State == DeviceState.Connected;

    /// <summary>The text in <c>/api/stats</c>: "ok", "disconnected", or the fault slug.</summary>
    public string StatusText => State switch
    {
        DeviceState.Connected => "ok",
        DeviceState.Disconnected => "disconnected",
        _ => Reason ?? "fault",
    };
}
