using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Scanners;
using PackStation.Hardware.Scanners.Evdev;

namespace PackStation.Benchmarks.Scanners;

/// <summary>
/// Bytes to decoded scan: what the scanner driver adds between the device's bytes and the station receiving a Scan
/// (framing, UTF-8, AIM, GS1 parsing with check digits and dates, debounce). Budget: ≤ 1 ms p99 per scan.
/// Run: dotnet run -c Release --project tests/PackStation.Benchmarks -- --filter '*ScanDecode*'
/// </summary>
[Config(typeof(Percentiles))]
[MemoryDiagnoser]
public class ScanDecodeBenchmarks
{
    private static readonly byte[] Gs1Frame = Encoding.ASCII.GetBytes("]C10109506000134352" + "17261231" + "10LOT-2026-11" + "\u001D" + "21SN000123456\r");
    private static readonly byte[] EanFrame = Encoding.ASCII.GetBytes("]E04006381333931\r");
    private static readonly byte[] Noise = [0x00, 0xFF, 0xC3, 0x28, 0x41, 0x0D];
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);
    private readonly ScanStreamDecoder _decoder = new(new ScannerSettings { Suffix = "CR" });
    private readonly List<Scan> _scans = [];
    private byte[] _keyEvents = [];
    private EvdevKeyDecoder _keys = new(KeyboardLayout.Us);
    private readonly List<ScanPiece> _pieces = [];

    [GlobalSetup]
    public void Setup() => _keyEvents = KeyEvents("]E04006381333931");

    [Benchmark(Baseline = true, Description = "serial: EAN-13 with AIM")]
    public Scan Ean13() => Decode(EanFrame);

    [Benchmark(Description = "serial: GS1-128 (4 AIs)")]
    public Scan Gs1() => Decode(Gs1Frame);

    [Benchmark(Description = "serial: bad bytes")]
    public Scan BadBytes() => Decode(Noise);

    [Benchmark(Description = "keyboard: EAN-13 as 100 input_events")]
    public Scan KeyboardEan13()
    {
        _keys = new EvdevKeyDecoder(KeyboardLayout.Us);
        _keys.Decode(_keyEvents, _pieces);
        _scans.Clear();
        foreach (var piece in _pieces)
            _decoder.Push(piece.Bytes, Now, _scans);
        _pieces.Clear();
        return _scans[0];
    }

    private Scan Decode(byte[] frame)
    {
        _scans.Clear();
        _decoder.Push(frame, Now, _scans);
        return _scans[0];
    }

    /// <summary>Press/release pairs with SYN reports, as a keyboard-wedge scanner types (shift for ']').</summary>
    private static byte[] KeyEvents(string text)
    {
        var bytes = new List<byte>();
        void Add(ushort type, ushort code, int value)
        {
            var record = new byte[InputEvent.Size];
            new InputEvent(0, 0, type, code, value).Write(record);
            bytes.AddRange(record);
        }

        void Tap(ushort code)
        {
            Add(InputEvent.EvKey, code, 1);
            Add(InputEvent.EvSyn, 0, 0);
            Add(InputEvent.EvKey, code, 0);
            Add(InputEvent.EvSyn, 0, 0);
        }

        foreach (var c in text + "\r")
        {
            switch (c)
            {
                case ']': Tap(27); break;
                case 'E': Add(InputEvent.EvKey, 42, 1); Tap(18); Add(InputEvent.EvKey, 42, 0); break;
                case '\r': Tap(28); break;
                default: Tap(c == '0' ? (ushort)11 : (ushort)(c - '1' + 2)); break;
            }
        }

        return bytes.ToArray();
    }

    private sealed class Percentiles : ManualConfig
    {
        public Percentiles()
        {
            AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(StatisticColumn.P95, StatisticColumn.Max);
        }
    }
}
