using System.Globalization;

namespace PackStation.Hardware.Tests.Printers;

/// <summary>Golden bytes written as in the manuals: "1B 40 1C 2E".</summary>
internal static class Hex
{
    public static byte[] Bytes(string hex) =>
        hex.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(h => byte.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();

    public static byte[] Ascii(string text) => System.Text.Encoding.ASCII.GetBytes(text);

    public static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    public static string Show(byte[] bytes) => Convert.ToHexString(bytes);
}
