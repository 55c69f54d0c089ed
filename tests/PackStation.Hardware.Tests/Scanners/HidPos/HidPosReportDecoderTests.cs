using System.Text;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Scanners;
using PackStation.Hardware.Scanners.HidPos;

namespace PackStation.Hardware.Tests.Scanners.HidPos;

public sealed class HidPosReportDecoderTests
{
    [Fact]
    public void Decode_SingleReport_AimAndDataEndTheScan()
    {
        var pieces = Decode(Report("]E0", "4006381333931", more: false));

        var piece = Assert.Single(pieces);
        Assert.Equal("]E04006381333931", Encoding.ASCII.GetString(piece.Bytes));
        Assert.True(piece.EndOfScan);
    }

    [Fact]
    public void Decode_LongGs1OverTwoReports_JoinedIntoOneScan()
    {
        var data = "0109506000134352" + "17201225" + "10" + new string('L', 20) + "\u001D" + "21" + new string('S', 20);
        var first = data[..56];
        var second = data[56..];

        var pieces = Decode([.. Report("]d2", first, more: true), .. Report("]d2", second, more: false)]);
        var scans = new List<Scan>();
        var pipeline = new ScanStreamDecoder(new ScannerSettings { Suffix = "CR" });
        foreach (var piece in pieces)
        {
            pipeline.Push(piece.Bytes, DateTimeOffset.UnixEpoch, scans);
            if (piece.EndOfScan)
                pipeline.EndScan(scans);
        }

        var scan = Assert.Single(scans);
        Assert.True(scan.Valid, scan.Error);
        Assert.Equal("]d2", scan.Aim);
        Assert.Equal(new string('S', 20), scan.Gs1!["21"]);
    }

    [Fact]
    public void Decode_OtherReportId_Ignored()
    {
        var report = Report("]E0", "1", more: false);
        report[0] = 0x05;
        Assert.Empty(Decode(report));
    }

    [Fact]
    public void Decode_LengthBeyondReport_ErrorPiece()
    {
        var report = Report("]E0", "1", more: false);
        report[1] = 200;
        Assert.Contains("claims 200 data bytes", Assert.Single(Decode(report)).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ReportSplitAcrossReads_Joined()
    {
        var report = Report("]Q1", "HELLO", more: false);
        var decoder = new HidPosReportDecoder();
        var pieces = new List<ScanPiece>();

        decoder.Decode(report.AsSpan(0, 10), pieces);
        Assert.Empty(pieces);
        decoder.Decode(report.AsSpan(10), pieces);

        Assert.Equal("]Q1HELLO", Encoding.ASCII.GetString(Assert.Single(pieces).Bytes));
    }

    /// <summary>A 64-byte input report laid out as in docs/protocols.md "Barcode scanners".</summary>
    private static byte[] Report(string aim, string data, bool more)
    {
        var report = new byte[64];
        report[0] = 0x02;
        report[1] = (byte)data.Length;
        Encoding.ASCII.GetBytes(aim).CopyTo(report, 2);
        Encoding.ASCII.GetBytes(data).CopyTo(report, 5);
        report[63] = more ? (byte)1 : (byte)0;
        return report;
    }

    private static List<ScanPiece> Decode(byte[] bytes)
    {
        var pieces = new List<ScanPiece>();
        new HidPosReportDecoder().Decode(bytes, pieces);
        return pieces;
    }
}
