namespace PackStation.Hardware.Scales;

public enum WeightStatus
{
    /// <summary>A weight: see <see cref="WeightReading.Stable"/>.</summary>
    Ok,
    Zero,
    UnderZero,
    Overload,

    /// <summary>The scale replied with an error or a frame that could not be read: never a weight.</summary>
    Error,
}
