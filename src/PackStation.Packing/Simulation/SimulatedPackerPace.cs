namespace PackStation.Packing.Simulation;

/// <summary>
/// How fast and how carefully a simulated packer works. <see cref="Human"/> is the demo site's pace;
/// <see cref="FullSpeed"/> is <c>packstation simulate</c>'s (no pauses, no mistakes unless asked).
/// </summary>
public sealed record SimulatedPackerPace
{
    public TimeSpan MinPause { get; init; }
    public TimeSpan MaxPause { get; init; }

    /// <summary>Chance per order of scanning an item that is not in it.</summary>
    public double WrongItemRate { get; init; }

    /// <summary>Chance per order of scanning one unit too many.</summary>
    public double SurplusRate { get; init; }

    /// <summary>Chance per order of finding an item missing and scanning SHORT.</summary>
    public double ShortRate { get; init; }

    /// <summary>Chance per order of forgetting an item until the scale notices.</summary>
    public double WrongWeightRate { get; init; }

    /// <summary>How long to wait for the station to answer before giving up on the step.</summary>
    public TimeSpan AnswerTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public static SimulatedPackerPace Human { get; } = new()
    {
        MinPause = TimeSpan.FromSeconds(1.2),
        MaxPause = TimeSpan.FromSeconds(4),
        WrongItemRate = 0.04,
        SurplusRate = 0.02,
        ShortRate = 0.01,
        WrongWeightRate = 0.02,
    };

    public static SimulatedPackerPace FullSpeed { get; } = new();
}
