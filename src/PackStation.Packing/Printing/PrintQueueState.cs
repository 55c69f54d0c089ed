namespace PackStation.Packing.Printing;

/// <summary>What a printer's queue is doing, for the station screen and <c>/api/stats</c>.</summary>
/// <param name="Waiting">Jobs queued (including the one being sent).</param>
/// <param name="HeldBy">The printer's fault slug while jobs wait for it ("paper-out"), else null.</param>
public sealed record PrintQueueState(int Waiting, string? HeldBy, long? SendingJob)
{
    public static PrintQueueState Idle { get; } = new(0, null, null);

    public bool IsHeld => HeldBy is not null;
}
