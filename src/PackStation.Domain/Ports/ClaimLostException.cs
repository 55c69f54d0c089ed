namespace PackStation.Domain.Ports;

/// <summary>A station tried to change an order it no longer holds (its claim expired and another station took it).</summary>
public sealed class ClaimLostException : Exception
{
    public ClaimLostException() { }

    public ClaimLostException(string message) : base(message) { }

    public ClaimLostException(string message, Exception inner) : base(message, inner) { }
}
