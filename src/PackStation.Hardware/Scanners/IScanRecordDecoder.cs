namespace PackStation.Hardware.Scanners;

/// <summary>
/// Turns what a scanner's transport delivers into scan pieces: serial text as it is (<c>SerialBytesDecoder</c>), evdev
/// input events (<c>EvdevKeyDecoder</c>), HID POS reports (<c>HidPosReportDecoder</c>). Pure and single-threaded; a
/// fresh one per connection, so a half record from before an unplug never joins the next.
/// </summary>
public interface IScanRecordDecoder
{
    void Decode(ReadOnlySpan<byte> data, List<ScanPiece> output);
}
