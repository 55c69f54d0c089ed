using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Perfolizer.Mathematics.OutlierDetection;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Extensions.Options;
using PackStation.Domain.Orders;
using PackStation.Hardware.Printers;
using PackStation.Hardware.Profiles;
using PackStation.Labels;

namespace PackStation.Benchmarks.Labels;

/// <summary>
/// Order to printer bytes for one label (budget: 4x6 ZPL ≤ 5 ms p99), native and fully raster, and the byte counts.
/// Run: dotnet run -c Release --project tests/PackStation.Benchmarks -- --filter '*LabelRender*'
/// </summary>
[Config(typeof(P99Config))]
[MemoryDiagnoser]
public class LabelRenderBenchmarks : IDisposable
{
    private LabelRenderer _renderer = null!;
    private LabelRequest _zpl4x6 = null!;
    private LabelRequest _escPosWaybill = null!;
    private static int _sizesReported;

    [GlobalSetup]
    public void Setup()
    {
        _renderer = new LabelRenderer(TimeProvider.System, Options.Create(new LabelOptions()));
        var order = new Order
        {
            Id = "SH-1001", Shop = "shopify", ExternalId = "1001", CreatedAt = DateTimeOffset.UnixEpoch,
            Recipient = new Recipient("Anna Schmidt", "+49 30 1234567", "Hauptstrasse 5", "Berlin", null, null, "10115", "DE"),
            Lines = [new OrderLine("CY-26-GRY-50", "Cashmere yarn 50g grey", 3, 52)],
            Carrier = "DHL",
        };
        var chinese = order with
        {
            Recipient = new Recipient("张小燕", "13812345678", "浙江省杭州市西湖区文三路90号3单元501", "杭州市", "浙江省", "西湖区", "310012", "CN"),
        };
        _zpl4x6 = new LabelRequest
        {
            Order = order, TrackingNumber = "ZT75312345678901", Template = LabelTemplate.Shipping4x6,
            Printer = new PrinterSettings { Language = PrinterLanguage.Zpl, Dpi = 203, PrintableWidthDots = 812 },
        };
        _escPosWaybill = new LabelRequest
        {
            Order = chinese, TrackingNumber = "ZT75312345678901", Template = LabelTemplate.Waybill76x130,
            Printer = new PrinterSettings { Language = PrinterLanguage.EscPos, Dpi = 203, PrintableWidthDots = 576, ChineseText = "gb18030" },
        };
        ReportSizes();
    }

    [Benchmark(Baseline = true)]
    public int Zpl4x6Native() => _renderer.Render(_zpl4x6).Bytes.Length;

    [Benchmark]
    public int Zpl4x6Raster() => _renderer.Render(_zpl4x6 with { ForceRaster = true }).Bytes.Length;

    [Benchmark]
    public int EscPosWaybillNative() => _renderer.Render(_escPosWaybill).Bytes.Length;

    [Benchmark]
    public int EscPosWaybillRaster() => _renderer.Render(_escPosWaybill with { ForceRaster = true }).Bytes.Length;

    public void Dispose()
    {
        _renderer?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The byte counts the size budget is about (printed once; the renders are deterministic).</summary>
    private void ReportSizes()
    {
        if (Interlocked.Exchange(ref _sizesReported, 1) == 1)
            return;
        var zpl = (Native: Zpl4x6Native(), Raster: Zpl4x6Raster());
        var escPos = (Native: EscPosWaybillNative(), Raster: EscPosWaybillRaster());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// Label bytes: 4x6 ZPL native {zpl.Native}, raster {zpl.Raster} (native = 1/{(double)zpl.Raster / zpl.Native:0.0}); " +
            $"76x130 ESC/POS native {escPos.Native}, raster {escPos.Raster} (native = 1/{(double)escPos.Raster / escPos.Native:0.0})"));
    }

    /// <summary>
    /// One render per iteration, 1000 iterations after 20 warm-ups, no outliers dropped: the iterations are single calls,
    /// so their P99 is the p99 of one label's render time (the budget), not of an average over many calls.
    /// </summary>
    private sealed class P99Config : ManualConfig
    {
        public P99Config()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
                .WithInvocationCount(1).WithUnrollFactor(1).WithWarmupCount(20).WithIterationCount(1000)
                .WithOutlierMode(OutlierMode.DontRemove)); // the slow calls are what a p99 is about
            AddColumn(StatisticColumn.P50, StatisticColumn.P95, new PercentileColumn(99), StatisticColumn.Max);
        }
    }
}
