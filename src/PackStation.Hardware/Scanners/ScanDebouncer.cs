namespace PackStation.Hardware.Scanners;

/// <summary>
/// Drops double reads of presentation-mode scanners: the same data again within the window after it was last
/// delivered. Measured from the delivered scan (not sliding), so a code held under the scanner comes through again
/// once per window rather than never. A zero window delivers everything.
/// </summary>
public sealed class ScanDebouncer(TimeSpan window)
{
    private string? _lastData;
    private DateTimeOffset _lastAt;

    /// <summary>True when <paramref name="scan"/> should be delivered; false for a double read.</summary>
    public bool ShouldDeliver(Scan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        if (window > TimeSpan.Zero && scan.Data == _lastData && scan.ReceivedAt - _lastAt < window && scan.ReceivedAt >= _lastAt)
            return false;
        _lastData = scan.Data;
        _lastAt = scan.ReceivedAt;
        return true;
    }
}
