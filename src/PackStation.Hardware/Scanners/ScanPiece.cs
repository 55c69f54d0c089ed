namespace PackStation.Hardware.Scanners;

/// <summary>
/// What a record decoder (evdev keys, HID POS reports) makes of device records: scan bytes, an error that damages the
/// scan being received, and whether the device marked the end of the scan itself (HID POS does; keyboards type a suffix).
/// </summary>
public readonly record struct ScanPiece(byte[] Bytes, string? Error = null, bool EndOfScan = false)
{
    public static ScanPiece Damage(string error) => new([], error);
}
