namespace PackStation.Hardware.Scales.Stability;

/// <summary>
/// Decides which readings become a parcel's weight: only stable readings above zero, and only once per load — after
/// a weight is accepted, the gate waits for a stable return to zero (or under zero) before it accepts another, so
/// one parcel left on the platform is never weighed for two orders. <see cref="Release"/> allows the same load again
/// (an explicit re-weigh). Thread-safe.
/// </summary>
public sealed class ParcelWeightGate
{
    private readonly Lock _lock = new();
    private bool _armed = true;

    /// <param name="zeroBandGrams">Stable readings at or below this count as an empty platform (a little drift or dust).</param>
    public ParcelWeightGate(decimal zeroBandGrams = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(zeroBandGrams);
        ZeroBandGrams = zeroBandGrams;
    }

    public decimal ZeroBandGrams { get; }

    /// <summary>True after a weight was accepted and until the platform returns to zero.</summary>
    public bool AwaitingReturnToZero
    {
        get
        {
            lock (_lock)
                return !_armed;
        }
    }

    /// <summary>The weight accepted last, if any.</summary>
    public decimal? LastAcceptedGrams { get; private set; }

    public ParcelWeightVerdict Offer(WeightReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        lock (_lock)
        {
            if (reading.Status is WeightStatus.Error or WeightStatus.Overload)
                return ParcelWeightVerdict.Error;
            if (!reading.Stable)
                return ParcelWeightVerdict.Unstable;
            if (reading.Status is WeightStatus.Zero or WeightStatus.UnderZero || reading.Grams <= ZeroBandGrams)
            {
                _armed = true;
                return ParcelWeightVerdict.Empty;
            }

            if (!reading.IsParcelWeight)
                return ParcelWeightVerdict.Error;
            if (!_armed)
                return ParcelWeightVerdict.SameLoad;
            _armed = false;
            LastAcceptedGrams = reading.Grams;
            return ParcelWeightVerdict.Accepted;
        }
    }

    /// <summary>Accepts the load now on the platform once more (a deliberate re-weigh of the same parcel).</summary>
    public void Release()
    {
        lock (_lock)
            _armed = true;
    }
}
