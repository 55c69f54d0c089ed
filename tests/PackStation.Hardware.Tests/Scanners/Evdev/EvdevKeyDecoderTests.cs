using System.Text;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Scanners;
using PackStation.Hardware.Scanners.Evdev;

namespace PackStation.Hardware.Tests.Scanners.Evdev;

public sealed class EvdevKeyDecoderTests
{
    [Fact]
    public void Decode_RecordedCaptureShiftA1Enter_GivesTextAndCr()
    {
        // A capture written out by hand from struct input_event (x86-64): tv_sec, tv_usec, type, code, value.
        var capture = Convert.FromHexString(string.Concat(
            "00E82A6900000000" + "2000000000000000" + "0100" + "2A00" + "01000000", // KEY_LEFTSHIFT press
            "00E82A6900000000" + "2000000000000000" + "0000" + "0000" + "00000000", // SYN_REPORT
            "00E82A6900000000" + "2100000000000000" + "0100" + "1E00" + "01000000", // KEY_A press
            "00E82A6900000000" + "2200000000000000" + "0100" + "1E00" + "00000000", // KEY_A release
            "00E82A6900000000" + "2300000000000000" + "0100" + "2A00" + "00000000", // KEY_LEFTSHIFT release
            "00E82A6900000000" + "2400000000000000" + "0400" + "0400" + "1E000700", // MSC_SCAN 0x7001e
            "00E82A6900000000" + "2400000000000000" + "0100" + "0200" + "01000000", // KEY_1 press
            "00E82A6900000000" + "2500000000000000" + "0100" + "0200" + "00000000", // KEY_1 release
            "00E82A6900000000" + "2600000000000000" + "0100" + "1C00" + "01000000", // KEY_ENTER press
            "00E82A6900000000" + "2700000000000000" + "0100" + "1C00" + "00000000")); // KEY_ENTER release

        Assert.Equal("A1\r", Text(Decode(capture)));
    }

    [Fact]
    public void Decode_ShiftedSymbols_UsLayout()
    {
        var stream = new KeyStream().Shifted(10).Tap(11).Tap(2).Shifted(11).Shifted(12).Tap(53).Shifted(39);

        Assert.Equal("(01)_/:", Text(Decode(stream.Bytes)));
    }

    [Fact]
    public void Decode_CtrlRightBrace_GivesGroupSeparator()
    {
        var stream = new KeyStream().Type("10").With(KeyStream.LeftCtrl, KeyStream.RightBrace).Type("21");

        Assert.Equal("10\u001D21", Text(Decode(stream.Bytes)));
    }

    [Fact]
    public void Decode_AltKeypad029_GivesGroupSeparator()
    {
        var stream = new KeyStream().Type("10").With(KeyStream.LeftAlt, 82, 80, 73).Type("1");

        Assert.Equal("10\u001D1", Text(Decode(stream.Bytes)));
    }

    [Fact]
    public void Decode_AutorepeatEvents_Ignored()
    {
        var stream = new KeyStream().Press(30).Event(1, 30, 2).Event(1, 30, 2).Release(30);

        Assert.Equal("a", Text(Decode(stream.Bytes)));
    }

    [Fact]
    public void Decode_UnknownKey_DamagePieceNamesTheCode()
    {
        var pieces = Decode(new KeyStream().Type("7").Tap(183).Type("8").Bytes);

        Assert.Contains(pieces, p => p.Error == "unknown key code 183");
        Assert.Equal("78", Text(pieces));
    }

    [Fact]
    public void Decode_SynDropped_DamageAndSkipsToNextReport()
    {
        var stream = new KeyStream().Type("1")
            .Event(InputEvent.EvSyn, InputEvent.SynDropped, 0)
            .Event(InputEvent.EvKey, 3, 1) // part of the dropped packet: ignored
            .Event(InputEvent.EvSyn, InputEvent.SynReport, 0)
            .Type("4");

        var pieces = Decode(stream.Bytes);

        Assert.Contains(pieces, p => p.Error?.Contains("SYN_DROPPED", StringComparison.Ordinal) == true);
        Assert.Equal("14", Text(pieces));
    }

    [Fact]
    public void Decode_CapsLock_InvertsLetterCase()
    {
        var stream = new KeyStream().Tap(KeyStream.CapsLock).Tap(30).Shifted(48).Tap(2);

        Assert.Equal("Ab1", Text(Decode(stream.Bytes)));
    }

    [Fact]
    public void Decode_RecordsSplitAtEveryOffset_SameText()
    {
        var bytes = new KeyStream().Type("Tb-339\r").Bytes;
        for (var cut = 1; cut < bytes.Length; cut += 7)
        {
            var decoder = new EvdevKeyDecoder(KeyboardLayout.Us);
            var pieces = new List<ScanPiece>();
            decoder.Decode(bytes.AsSpan(0, cut), pieces);
            decoder.Decode(bytes.AsSpan(cut), pieces);
            Assert.Equal("Tb-339\r", Text(pieces));
        }
    }

    [Fact]
    public void Decode_GermanKeyMapFromProfile_SwapsYAndZ()
    {
        var layout = KeyboardLayout.From("de", new Dictionary<string, string[]> { ["21"] = ["z", "Z"], ["44"] = ["y", "Y"] });
        var pieces = new List<ScanPiece>();

        new EvdevKeyDecoder(layout).Decode(new KeyStream().Tap(21).Tap(44).Bytes, pieces);

        Assert.Equal("zy", Text(pieces));
    }

    [Fact]
    public void From_UnknownLayoutWithoutKeyMap_Throws() =>
        Assert.Throws<ArgumentException>(() => KeyboardLayout.From("fr", null));

    [Fact]
    public void Decode_KeyboardGs1ScanThroughTheScanPipeline_ParsedAndValid()
    {
        var stream = new KeyStream().Type("0109506000134352").Type("10").Type("LOT").With(KeyStream.LeftCtrl, KeyStream.RightBrace).Type("21S\r");
        var pieces = Decode(stream.Bytes);
        var scans = new List<Scan>();
        var pipeline = new ScanStreamDecoder(new ScannerSettings { Suffix = "CR" });

        foreach (var piece in pieces)
            pipeline.Push(piece.Bytes, DateTimeOffset.UnixEpoch, scans);

        var scan = Assert.Single(scans);
        Assert.True(scan.Valid, scan.Error);
        Assert.Equal("09506000134352", scan.Gtin);
        Assert.Equal("LOT", scan.Gs1!["10"]);
    }

    private static List<ScanPiece> Decode(byte[] bytes)
    {
        var pieces = new List<ScanPiece>();
        new EvdevKeyDecoder(KeyboardLayout.Us).Decode(bytes, pieces);
        return pieces;
    }

    private static string Text(List<ScanPiece> pieces) => string.Concat(pieces.Select(p => Encoding.UTF8.GetString(p.Bytes)));
}
