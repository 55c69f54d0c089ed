using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
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

    private sealed class P99Config : ManualConfig
    {
        public P99Config()
        {
            AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(StatisticColumn.P95, StatisticColumn.Max); // Max over iterations bounds the p99
        }
    }
}
