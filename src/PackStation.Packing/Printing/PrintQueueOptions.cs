namespace PackStation.Packing.Printing;

/// <summary>How a printer's queue paces itself.</summary>
public sealed record PrintQueueOptions
{
    /// <summary>How often a held queue asks the printer whether its fault has cleared.</summary>
    public TimeSpan FaultPollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How often an idle queue looks in the store for jobs queued by another process.</summary>
    public TimeSpan IdlePollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Sends of one job that may be cut off part-way before it is given up (failed).</summary>
    public int MaxInterruptedAttempts { get; init; } = 5;
}
