namespace PackStation.Hardware.Scanners;

/// <summary>Decodes the records a device file yields (input events, HID reports) into scan pieces. One per connection.</summary>
public interface IScanRecordDecoder
{
    void Decode(ReadOnlySpan<byte> data, List<ScanPiece> output);
}
