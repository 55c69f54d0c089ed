namespace PackStation.Packing.Statistics;

/// <summary>One packer's running counts for today.</summary>
internal sealed class PackerTally
{
    public int Orders;
    public int Items;
    public int ItemScans;
    public int WrongItems;
    public int Overrides;
    public int Exceptions;
    public double PackSeconds;
    public int TimedOrders;
    public readonly Dictionary<string, DateTimeOffset> Started = new(StringComparer.Ordinal);
}
