namespace PackStation.Shops.Outbox;

/// <summary>The <c>Shop:Outbox</c> section.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Shop:Outbox";

    /// <summary>How often the relay looks for due confirmations.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int BatchSize { get; set; } = 50;

    /// <summary>Wait after the first failed attempt; doubles with every further one up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>After this many failed attempts a confirmation is parked for a supervisor.</summary>
    public int MaxAttempts { get; set; } = 60;
}
