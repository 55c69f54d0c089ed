namespace PackStation.Hardware.Scales.Stability;

/// <summary>
/// Confirms the scale's own "stable" in software: a reading is passed on as stable only when the scale says so and
/// the weight has stayed within <see cref="ToleranceGrams"/> of the run's first value for at least
/// <see cref="MinReadings"/> readings spanning <see cref="Window"/>. Motion, errors and overload end the run.
/// Time is the readings' own <see cref="WeightReading.At"/>, so the driver's TimeProvider decides it. Not thread-safe:
/// one confirmer per reading stream.
/// </summary>
public sealed class StabilityConfirmer
{
    private DateTimeOffset _runStart;
    private decimal _runGrams;
    private WeightStatus _runStatus;
    private int _runLength;

    public StabilityConfirmer(TimeSpan window, decimal toleranceGrams = 0, int minReadings = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegative(toleranceGrams);
        ArgumentOutOfRangeException.ThrowIfLessThan(minReadings, 1);
        Window = window;
        ToleranceGrams = toleranceGrams;
        MinReadings = minReadings;
    }

    public TimeSpan Window { get; }

    public decimal ToleranceGrams { get; }

    public int MinReadings { get; }

    /// <summary>The reading with <see cref="WeightReading.Stable"/> true only when confirmed.</summary>
    public WeightReading Confirm(WeightReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (!reading.Stable || reading.Status is WeightStatus.Error or WeightStatus.Overload)
        {
            _runLength = 0;
            return reading.Stable ? reading with { Stable = false } : reading;
        }

        if (_runLength == 0 || reading.Status != _runStatus || Math.Abs(reading.Grams - _runGrams) > ToleranceGrams || reading.At < _runStart)
        {
            _runStart = reading.At;
            _runGrams = reading.Grams;
            _runStatus = reading.Status;
            _runLength = 0;
        }

        _runLength++;
        var confirmed = _runLength >= MinReadings && reading.At - _runStart >= Window;
        return confirmed ? reading : reading with { Stable = false };
    }

    /// <summary>Forgets the current run (after a reconnect).</summary>
    public void Reset() => _runLength = 0;
}
