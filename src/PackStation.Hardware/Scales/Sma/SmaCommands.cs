namespace PackStation.Hardware.Scales.Sma;

/// <summary>SMA SCP-0499 level 1 requests: <c>&lt;LF&gt;</c> command <c>&lt;CR&gt;</c>.</summary>
public static class SmaCommands
{
    public static byte[] Weight => [0x0A, (byte)'W', 0x0D];
    public static byte[] HighResolution => [0x0A, (byte)'H', 0x0D];
    public static byte[] Zero => [0x0A, (byte)'Z', 0x0D];
    public static byte[] Tare => [0x0A, (byte)'T', 0x0D];
    public static byte[] ClearTare => [0x0A, (byte)'C', 0x0D];
    public static byte[] RepeatWeight => [0x0A, (byte)'R', 0x0D];
    public static byte[] Diagnostics => [0x0A, (byte)'D', 0x0D];
}
