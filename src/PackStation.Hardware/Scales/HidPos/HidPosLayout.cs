namespace PackStation.Hardware.Scales.HidPos;

/// <summary>
/// Where the fields of a scale's data report are. Standard: 6 bytes, report id 3 (some devices send 4), status at 1,
/// unit at 2, exponent at 3, 16-bit little-endian weight at 4. Non-standard devices set their own layout in the profile.
/// </summary>
public sealed record HidPosLayout
{
    public static HidPosLayout Standard { get; } = new();

    public IReadOnlySet<byte> ReportIds { get; init; } = new HashSet<byte> { 3, 4 };

    public int ReportLength { get; init; } = 6;

    public int StatusOffset { get; init; } = 1;

    public int UnitOffset { get; init; } = 2;

    public int ExponentOffset { get; init; } = 3;

    public int WeightOffset { get; init; } = 4;
}
