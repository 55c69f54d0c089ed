namespace PackStation.Hardware.Scales;

/// <summary>
/// One reading from a scale, in exact grams whatever unit the scale uses. <see cref="Raw"/> is the frame as received
/// (for the audit trail and for errors). A reading with <see cref="WeightStatus.Error"/> never carries a weight.
/// </summary>
public sealed record WeightReading(
    decimal Grams,
    bool Stable,
    WeightStatus Status,
    DateTimeOffset At,
    string Unit = "g",
    string? Raw = null,
    string? Error = null)
{
    public bool IsParcelWeight => Status == WeightStatus.Ok && Stable && Grams > 0;

    public static WeightReading Failed(string error, string? raw, DateTimeOffset at) =>
        new(0, false, WeightStatus.Error, at, "g", raw, error);
}
