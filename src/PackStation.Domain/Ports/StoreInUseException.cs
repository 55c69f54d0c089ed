namespace PackStation.Domain.Ports;

/// <summary>Another live process holds what this one needs (the store, a station id); the message names it.</summary>
public sealed class StoreInUseException : Exception
{
    public StoreInUseException() { }

    public StoreInUseException(string message) : base(message) { }

    public StoreInUseException(string message, Exception inner) : base(message, inner) { }
}
