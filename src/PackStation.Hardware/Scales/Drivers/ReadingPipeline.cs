using PackStation.Hardware.Profiles;
using PackStation.Hardware.Scales.Stability;

namespace PackStation.Hardware.Scales.Drivers;

/// <summary>
/// What every driver does to a parsed reading before it leaves: capacity check, the software stability window, then
/// software zero/tare (only where the protocol has no command of its own), captured from a confirmed stable reading.
/// </summary>
internal sealed class ReadingPipeline(ScaleSettings settings, bool softwareZero)
{
    private readonly StabilityConfirmer _confirmer = new(settings.StabilityWindow, settings.StabilityToleranceGrams, Math.Max(1, settings.StabilityReadings));

    public SoftwareZero? Zero { get; } = softwareZero ? new SoftwareZero() : null;

    public WeightReading Process(WeightReading reading)
    {
        if (settings.MaxGrams is { } max && reading.Status == WeightStatus.Ok && reading.Grams > max)
            reading = reading with { Grams = 0, Status = WeightStatus.Overload, Error = "over capacity" };
        reading = _confirmer.Confirm(reading);
        return Zero is null ? reading : Zero.Apply(reading);
    }

    public void Reset() => _confirmer.Reset();
}
