using System.Text.Json.Serialization;

namespace PackStation.Packing.Statistics;

/// <summary>The body of <c>GET /api/stats</c> (the shape in docs/interfaces.md; fields may be added, these stay).</summary>
public sealed record PackingStats(
    int PackedToday,
    double OrdersPerHour,
    IReadOnlyList<PackerStats> Packers,
    IReadOnlyList<StationStats> Stations,
    QueueStats Queue)
{
    /// <summary>Orders per hour averaged since the first order packed today.</summary>
    public double OrdersPerHourToday { get; init; }

    public int ItemsToday { get; init; }

    public double ItemsPerHour { get; init; }

    /// <summary>Wrong, unknown and surplus item scans over all item scans today.</summary>
    public double ErrorRate { get; init; }

    /// <summary>Orders packed in each hour of today (local time), index = hour.</summary>
    public IReadOnlyList<int> PackedByHour { get; init; } = [];

    public int OutboxPending { get; init; }

    /// <summary>The slowest packer by seconds per item over their last orders; null until someone has enough orders.</summary>
    public SlowestPacker? Slowest { get; init; }

    public DateTimeOffset GeneratedAt { get; init; }
}

public sealed record PackerStats(string Id, string Name, int OrdersToday, int ItemsToday, double SecondsPerOrder, double WrongItemRate)
{
    public int Overrides { get; init; }

    public int Exceptions { get; init; }

    /// <summary>Packing seconds per item today (orders timed from start to packed, over their accepted items).</summary>
    public double SecondsPerItem { get; init; }

    /// <summary>How many of the packer's latest orders the recent figures cover (at most 20).</summary>
    public int RecentOrders { get; init; }

    public double RecentSecondsPerOrder { get; init; }

    public double RecentSecondsPerItem { get; init; }
}

/// <summary>Who packs slowest, by <see cref="SecondsPerItem"/> over their last <see cref="Orders"/> orders.</summary>
public sealed record SlowestPacker(string Id, double SecondsPerItem, double SecondsPerOrder, int Orders);

public sealed record StationStats(string Id, string State, string? Packer, string? Order, DeviceStats Devices);

public sealed record DeviceStats(string Scanner, string Scale, string Printer);

public sealed record QueueStats(int Ready, int InProgress, int Hold, int Packed, int DueToday)
{
    [JsonIgnore]
    public int Open => Ready + InProgress + Hold;
}
