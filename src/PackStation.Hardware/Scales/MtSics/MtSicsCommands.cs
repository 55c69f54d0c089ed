namespace PackStation.Hardware.Scales.MtSics;

/// <summary>MT-SICS commands: uppercase ASCII, terminated by CR LF.</summary>
public static class MtSicsCommands
{
    public static byte[] StableWeight => "S\r\n"u8.ToArray();
    public static byte[] WeightImmediately => "SI\r\n"u8.ToArray();
    public static byte[] WeightImmediatelyRepeat => "SIR\r\n"u8.ToArray();
    public static byte[] Zero => "Z\r\n"u8.ToArray();
    public static byte[] ZeroImmediately => "ZI\r\n"u8.ToArray();
    public static byte[] Tare => "T\r\n"u8.ToArray();
    public static byte[] ClearTare => "TAC\r\n"u8.ToArray();
    public static byte[] Reset => "@\r\n"u8.ToArray();
}
