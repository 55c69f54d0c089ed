namespace PackStation.Domain.Ports;

/// <summary>What a caller gives to queue a job.</summary>
public sealed record NewPrintJob(string Printer, PrintJobKind Kind, byte[] Bytes)
{
    public string? Station { get; init; }

    public string? OrderId { get; init; }

    public long? ReprintOf { get; init; }

    /// <summary>The tracking (waybill) number the job's label carries, when it is a label.</summary>
    public string? TrackingNumber { get; init; }
}
