namespace PackStation.Packing.Waybills;

/// <summary>A batch that cannot start: bad count, unknown printer or template, or stations that would print a second label.</summary>
public sealed class WaybillBatchException : Exception
{
    public WaybillBatchException()
    {
    }

    public WaybillBatchException(string message)
        : base(message)
    {
    }

    public WaybillBatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
