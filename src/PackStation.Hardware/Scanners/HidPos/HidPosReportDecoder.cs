using System.Globalization;

namespace PackStation.Hardware.Scanners.HidPos;

/// <summary>
/// Decodes 64-byte HID POS scanner input reports (usage page 0x8C) as read from /dev/hidrawN, in the common layout
/// of docs/protocols.md "Barcode scanners": byte 0 report id 0x02, byte 1 data length, bytes 2–4 AIM identifier, bytes 5–60
/// data, byte 63 bit 0 "more data follows". Reports are joined until one without that bit ends the scan; the AIM
/// identifier is passed on in front of the data so the decoder can use it. Other report ids are ignored.
/// </summary>
public sealed class HidPosReportDecoder : IScanRecordDecoder
{
    public const int ReportSize = 64;
    public const byte ScanReportId = 0x02;
    private const int DataOffset = 5;
    private const int MaxData = 56;

    private readonly byte[] _partial = new byte[ReportSize];
    private int _partialLength;
    private bool _inScan;

    public void Decode(ReadOnlySpan<byte> data, List<ScanPiece> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (_partialLength > 0)
        {
            var needed = Math.Min(ReportSize - _partialLength, data.Length);
            data[..needed].CopyTo(_partial.AsSpan(_partialLength));
            _partialLength += needed;
            data = data[needed..];
            if (_partialLength < ReportSize)
                return;
            Handle(_partial, output);
            _partialLength = 0;
        }

        while (data.Length >= ReportSize)
        {
            Handle(data[..ReportSize], output);
            data = data[ReportSize..];
        }

        if (data.Length > 0)
        {
            data.CopyTo(_partial);
            _partialLength = data.Length;
        }
    }

    private void Handle(ReadOnlySpan<byte> report, List<ScanPiece> output)
    {
        if (report[0] != ScanReportId)
            return;
        var more = (report[63] & 0x01) != 0;
        int length = report[1];
        if (length > MaxData)
        {
            output.Add(new ScanPiece([], string.Create(CultureInfo.InvariantCulture, $"HID POS report claims {length} data bytes, at most {MaxData} fit"), !more));
            _inScan = more;
            return;
        }

        var aim = report.Slice(2, 3);
        var hasAim = aim[0] == (byte)']' && char.IsAsciiLetter((char)aim[1]);
        var bytes = new List<byte>(length + 3);
        if (!_inScan && hasAim)
            bytes.AddRange(aim);
        bytes.AddRange(report.Slice(DataOffset, length));
        output.Add(new ScanPiece(bytes.ToArray(), null, !more));
        _inScan = more;
    }
}
