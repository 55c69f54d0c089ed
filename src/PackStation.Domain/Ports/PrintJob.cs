namespace PackStation.Domain.Ports;

/// <summary>One durable print job: the exact printer bytes for one printer, and where they are in their life.</summary>
public sealed record PrintJob
{
    public required long Id { get; init; }

    /// <summary>The printer's key, e.g. the station id plus role ("S01/printer").</summary>
    public required string Printer { get; init; }

    public string? Station { get; init; }

    public required PrintJobKind Kind { get; init; }

    public string? OrderId { get; init; }

    public required byte[] Bytes { get; init; }

    public required PrintJobState State { get; init; }

    public int Attempts { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public string? LastError { get; init; }

    /// <summary>For a reprint: the job it repeats.</summary>
    public long? ReprintOf { get; init; }

    /// <summary>The tracking (waybill) number the job's label carries, when it is a label.</summary>
    public string? TrackingNumber { get; init; }
}
