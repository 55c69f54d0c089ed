namespace PackStation.Hardware.Scales.Nci;

/// <summary>NCI SCP-01 commands: one letter and CR.</summary>
public static class NciCommands
{
    public static byte[] Weight => "W\r"u8.ToArray();
    public static byte[] Status => "S\r"u8.ToArray();
    public static byte[] Zero => "Z\r"u8.ToArray();
    public static byte[] HighResolution => "H\r"u8.ToArray();
    public static byte[] Units => "U\r"u8.ToArray();
    public static byte[] Tare => "T\r"u8.ToArray();
}
