namespace PackStation.Packing.Statistics;

/// <summary>One packer's running counts for today, and their last <see cref="RecentWindow"/> timed orders.</summary>
internal sealed class PackerTally
{
    /// <summary>How many of a packer's latest orders the like-with-like comparison uses (and needs).</summary>
    public const int RecentWindow = 20;

    public int Orders;
    public int Items;
    public int ItemScans;
    public int WrongItems;
    public int Overrides;
    public int Exceptions;
    public double PackSeconds;
    public int TimedOrders;
    public int TimedItems;
    public double RecentSeconds;
    public int RecentItems;
    public readonly Dictionary<string, DateTimeOffset> Started = new(StringComparer.Ordinal);
    public readonly Dictionary<string, int> OrderItems = new(StringComparer.Ordinal);
    public readonly Queue<(double Seconds, int Items)> Recent = new();

    /// <summary>Counts one packed order whose start this packer was seen at: today's totals and the recent window.</summary>
    public void Timed(double seconds, int items)
    {
        PackSeconds += seconds;
        TimedOrders++;
        TimedItems += items;
        Recent.Enqueue((seconds, items));
        RecentSeconds += seconds;
        RecentItems += items;
        if (Recent.Count <= RecentWindow)
            return;
        var (oldSeconds, oldItems) = Recent.Dequeue();
        RecentSeconds -= oldSeconds;
        RecentItems -= oldItems;
    }
}
