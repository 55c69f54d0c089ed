namespace PackStation.Storage;

/// <summary>The store cannot be opened or used; the message names the Store setting involved.</summary>
public sealed class StoreException : Exception
{
    public StoreException() { }

    public StoreException(string message) : base(message) { }

    public StoreException(string message, Exception inner) : base(message, inner) { }
}
