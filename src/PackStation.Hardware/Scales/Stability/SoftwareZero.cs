namespace PackStation.Hardware.Scales.Stability;

/// <summary>
/// Zero and tare in software for scales whose protocol has no such command (CAS stream, HID POS): the next stable
/// gross reading becomes the offset, and readings are reported net of it. Never captured while moving. Thread-safe.
/// </summary>
public sealed class SoftwareZero
{
    private readonly Lock _lock = new();
    private decimal _offsetGrams;
    private TaskCompletionSource? _pending;

    public decimal OffsetGrams
    {
        get
        {
            lock (_lock)
                return _offsetGrams;
        }
    }

    /// <summary>Captures the next stable reading as the new zero; completes when it was captured.</summary>
    public Task RequestAsync(CancellationToken cancellationToken)
    {
        TaskCompletionSource pending;
        lock (_lock)
        {
            _pending ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            pending = _pending;
        }

        return pending.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Applies the offset (capturing a requested one first) and returns the net reading.</summary>
    public WeightReading Apply(WeightReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (reading.Status is WeightStatus.Error or WeightStatus.Overload)
            return reading;
        TaskCompletionSource? captured = null;
        decimal offset;
        lock (_lock)
        {
            if (_pending is not null && reading.Stable)
            {
                _offsetGrams += reading.Grams;
                captured = _pending;
                _pending = null;
            }

            offset = _offsetGrams;
        }

        captured?.TrySetResult();
        if (offset == 0)
            return reading;
        var net = reading.Grams - offset;
        var status = net < 0 ? WeightStatus.UnderZero : net == 0 ? WeightStatus.Zero : WeightStatus.Ok;
        return reading with { Grams = net, Status = status };
    }
}
