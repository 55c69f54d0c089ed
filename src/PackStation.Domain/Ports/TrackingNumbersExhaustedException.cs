namespace PackStation.Domain.Ports;

/// <summary>A carrier's pool of allocated tracking numbers is empty: import more (the message names the carrier).</summary>
public sealed class TrackingNumbersExhaustedException : Exception
{
    public TrackingNumbersExhaustedException() { }

    public TrackingNumbersExhaustedException(string message) : base(message) { }

    public TrackingNumbersExhaustedException(string message, Exception inner) : base(message, inner) { }
}
