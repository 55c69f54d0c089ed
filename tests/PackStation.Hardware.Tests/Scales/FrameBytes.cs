using System.Text;
using PackStation.Hardware.Scales;

namespace PackStation.Hardware.Tests.Scales;

/// <summary>Test helpers: frames written as C# strings with \x escapes, one char per byte (Latin-1).</summary>
internal static class FrameBytes
{
    public static readonly DateTimeOffset At = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    public static byte[] Of(string text) => Encoding.Latin1.GetBytes(text);

    public static WeightReading Reading(this IScaleProtocol protocol, string frame) =>
        protocol.Parse(Of(frame), At).Reading ?? throw new Xunit.Sdk.XunitException($"no reading from {frame}");

    /// <summary>True when the result carries a weight: a reading that is Ok or has non-zero grams.</summary>
    public static bool IsWeight(this ScaleFrameResult result) =>
        result.Reading is { } r && (r.Status == WeightStatus.Ok || r.Grams != 0);
}
