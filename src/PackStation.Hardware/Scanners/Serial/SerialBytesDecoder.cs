namespace PackStation.Hardware.Scanners.Serial;

/// <summary>A serial scanner (RS-232, USB CDC-ACM) sends the scan's own bytes and its suffix: they are passed on as they came.</summary>
public sealed class SerialBytesDecoder : IScanRecordDecoder
{
    public void Decode(ReadOnlySpan<byte> data, List<ScanPiece> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!data.IsEmpty)
            output.Add(new ScanPiece(data.ToArray()));
    }
}
