namespace PackStation.Hardware.Scales.Toledo;

/// <summary>Toledo 8213/8217 requests: single uppercase ASCII characters, no terminator (the 8217 asks for ≥ 200 ms between them).</summary>
public static class ToledoCommands
{
    public static byte[] Weight => [(byte)'W'];
    public static byte[] Zero => [(byte)'Z'];
    public static byte[] Tare => [(byte)'T'];
    public static byte[] ClearTare => [(byte)'C'];
    public static byte[] ConfidenceTest => [(byte)'A'];
    public static byte[] ConfidenceResult => [(byte)'B'];

    /// <summary>Digital tare: <c>T</c> + five digits in display units without the decimal point.</summary>
    public static byte[] PresetTare(int displayUnits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(displayUnits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(displayUnits, 99999);
        return System.Text.Encoding.ASCII.GetBytes("T" + displayUnits.ToString("D5", System.Globalization.CultureInfo.InvariantCulture));
    }
}
