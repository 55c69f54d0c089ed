using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Scanners;
using PackStation.Hardware.Scanners.Evdev;
using PackStation.Hardware.Scanners.HidPos;

namespace PackStation.Hardware.Tests.Scanners;

/// <summary>Whatever bytes a device sends, decoding never throws and every frame becomes exactly one scan.</summary>
public sealed class ScanStreamDecoderProperties
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    [Property(MaxTest = 300)]
    public void Push_AnyBytesInAnyChunks_NeverThrows(byte[][] chunks)
    {
        var decoder = new ScanStreamDecoder(new ScannerSettings { Suffix = "CRLF", AimIds = "required" });
        var scans = new List<Scan>();
        foreach (var chunk in chunks ?? [])
            decoder.Push(chunk ?? [], T0, scans);
        decoder.FlushDisconnected("test", scans);
        Assert.All(scans, s => Assert.Equal(s.Valid, s.Error is null));
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(Frames)])]
    public bool Push_FramesEndedByCr_ExactlyOneScanPerFrame(CrFrames input)
    {
        var decoder = new ScanStreamDecoder(new ScannerSettings { Suffix = "CR" });
        var scans = new List<Scan>();
        var wire = input.Frames.SelectMany(f => f.Append((byte)'\r')).ToArray();
        var offset = 0;
        foreach (var size in input.ChunkSizes.Append(wire.Length))
        {
            var take = Math.Min(size, wire.Length - offset);
            decoder.Push(wire.AsSpan(offset, take), T0, scans);
            offset += take;
        }

        return scans.Count == input.Frames.Length;
    }

    [Property(MaxTest = 300)]
    public void Decode_EvdevAndHidPosAnyBytes_NeverThrows(byte[] data)
    {
        var pieces = new List<ScanPiece>();
        new EvdevKeyDecoder(KeyboardLayout.Us).Decode(data ?? [], pieces);
        new HidPosReportDecoder().Decode(data ?? [], pieces);
    }

    public sealed record CrFrames(byte[][] Frames, int[] ChunkSizes);

    public static class Frames
    {
        public static Arbitrary<CrFrames> Arbitrary() =>
            (from frames in Gen.ArrayOf(Frame())
             from sizes in Gen.ArrayOf(Gen.Choose(1, 64))
             select new CrFrames(frames, sizes)).ToArbitrary();

        // Non-empty, no CR or LF (those would end the frame), shorter than the 4 KB limit.
        private static Gen<byte[]> Frame() =>
            Gen.Choose(1, 80).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 255).Where(b => b is not ('\r' or '\n')).Select(b => (byte)b), n));
    }
}
