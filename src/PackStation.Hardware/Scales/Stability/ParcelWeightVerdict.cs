namespace PackStation.Hardware.Scales.Stability;

/// <summary>What <see cref="ParcelWeightGate.Offer"/> made of a reading.</summary>
public enum ParcelWeightVerdict
{
    /// <summary>A new parcel weight: use <see cref="WeightReading.Grams"/>.</summary>
    Accepted,

    /// <summary>Still moving (the scale's flag or the software window).</summary>
    Unstable,

    /// <summary>Stable at or below zero: the platform is empty; the next load will be accepted.</summary>
    Empty,

    /// <summary>Stable above zero, but this load was already accepted and the platform has not returned to zero.</summary>
    SameLoad,

    /// <summary>An error, overload or unreadable frame: never a weight.</summary>
    Error,
}
