using PackStation.Hardware.Scales;
using PackStation.Hardware.Scales.Stability;

namespace PackStation.Packing.Stations;

/// <summary>
/// Which scale readings the station's session weighs. The hardware <see cref="ParcelWeightGate"/> decides what is a
/// new load (one weight per load; the next only after a stable return into the profile's zero band); the station adds
/// two rules of its own: a load is taken only while the session is weighing (a parcel already on the platform when
/// weighing starts is weighed then), and a load the session did not take (rejected, or not stored) is judged again
/// only once the scale moves or reads differently — a streaming scale repeats the same reading many times a second.
/// </summary>
internal sealed class StationWeightGate(decimal zeroBandGrams)
{
    private readonly ParcelWeightGate _gate = new(zeroBandGrams);
    private decimal? _judgedGrams;

    /// <summary>What the scale reads now, for the screen; null after an error.</summary>
    public decimal? MeasuredGrams { get; private set; }

    /// <summary>The grams to weigh the parcel with, or null when this reading is not a new parcel's weight.</summary>
    public decimal? Offer(WeightReading reading, bool weighing)
    {
        ArgumentNullException.ThrowIfNull(reading);
        MeasuredGrams = reading.Status == WeightStatus.Error ? null : reading.Grams;
        if (!reading.Stable)
            _judgedGrams = null;
        if (!weighing)
        {
            // Outside weighing a reading may only re-arm the gate (the platform emptied), never use up a load.
            if (_gate.Offer(reading) == ParcelWeightVerdict.Accepted)
                _gate.Release();
            return null;
        }

        if (reading.Stable && reading.Grams == _judgedGrams)
            return null;
        if (_gate.Offer(reading) != ParcelWeightVerdict.Accepted)
            return null;
        _judgedGrams = reading.Grams;
        return reading.Grams;
    }

    /// <summary>The session did not take the weight it was offered: another load (or this one, moved) is weighed next.</summary>
    public void NotTaken() => _gate.Release();
}
