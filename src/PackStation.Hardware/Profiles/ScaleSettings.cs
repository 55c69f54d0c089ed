namespace PackStation.Hardware.Profiles;

/// <summary>A scale model's protocol settings (extended by the scale drivers).</summary>
public sealed record ScaleSettings
{
    /// <summary>"sma", "toledo8213", "mt-sics", "cas", "nci", "hid-pos" or "simulated".</summary>
    public string Protocol { get; init; } = "simulated";

    public string Unit { get; init; } = "g";

    /// <summary>How often to ask for a weight in polled protocols.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long a reading must hold still, in software, before it is trusted as stable.</summary>
    public TimeSpan StabilityWindow { get; init; } = TimeSpan.FromMilliseconds(300);

    public decimal? MaxGrams { get; init; }
}
