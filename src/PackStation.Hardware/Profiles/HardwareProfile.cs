namespace PackStation.Hardware.Profiles;

/// <summary>
/// One device model: who makes it, how to recognise it on USB, how to reach it and how it speaks.
/// Loaded from <c>hardware-profiles/{scanners,scales,printers}/&lt;id&gt;.json</c>.
/// </summary>
public sealed record HardwareProfile
{
    public required string Id { get; init; }
    public required DeviceKind Kind { get; init; }
    public required string Vendor { get; init; }
    public required string Model { get; init; }
    public string? Notes { get; init; }
    public UsbIds? Usb { get; init; }
    public TransportSettings Transport { get; init; } = new();
    public ScannerSettings? Scanner { get; init; }
    public ScaleSettings? Scale { get; init; }
    public PrinterSettings? Printer { get; init; }

    /// <summary>Where the profile was read from.</summary>
    public string? SourcePath { get; init; }

    public bool IsSimulated => string.Equals(Transport.Type, "simulated", StringComparison.OrdinalIgnoreCase);
}
