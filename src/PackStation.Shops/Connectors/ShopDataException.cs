namespace PackStation.Shops.Connectors;

/// <summary>One order or product in a shop's answer is incomplete or has a wrong type; only that record is refused.</summary>
public sealed class ShopDataException : Exception
{
    public ShopDataException() { }

    public ShopDataException(string message) : base(message) { }

    public ShopDataException(string message, Exception inner) : base(message, inner) { }
}
