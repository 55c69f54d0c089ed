using PackStation.Hardware.Scales.Framing;

namespace PackStation.Hardware.Scales.HidPos;

/// <summary>
/// USB HID POS scale data report (usage page 0x8D, report 3) as hidraw delivers it, report id first:
/// <c>[id] [status] [unit] [exponent] [weight LSB] [weight MSB]</c>; weight = raw × 10^exponent (signed) in the unit.
/// Status: 1 fault, 2 stable at zero, 3 in motion, 4 stable, 5 under zero, 6 over weight, 7 needs calibration,
/// 8 needs re-zeroing. A zero-filled or short report is an error, never "0 g stable".
/// </summary>
public sealed class HidPosReportParser(HidPosLayout layout)
{
    public HidPosReportParser() : this(HidPosLayout.Standard) { }

    public WeightReading Parse(ReadOnlySpan<byte> report, DateTimeOffset at)
    {
        if (report.Length < layout.ReportLength)
            return Readings.Error($"short HID report ({report.Length} bytes, expected {layout.ReportLength})", report, at);
        if (!report.ContainsAnyExcept((byte)0))
            return Readings.Error("empty HID report (all zero)", report, at);
        if (!layout.ReportIds.Contains(report[0]))
            return Readings.Error($"HID report {report[0]} is not a scale data report", report, at);

        var status = report[layout.StatusOffset];
        var unitCode = report[layout.UnitOffset];
        var exponent = (sbyte)report[layout.ExponentOffset];
        var raw = report[layout.WeightOffset] | (report[layout.WeightOffset + 1] << 8);

        switch (status)
        {
            case 1: return Readings.Error("scale fault", report, at);
            case 2: return new WeightReading(0, true, WeightStatus.Zero, at, "g", FrameText.Describe(report));
            case 5: return Readings.UnderZero(true, report, at);
            case 6: return Readings.Overload(true, report, at);
            case 7: return Readings.Error("scale requires calibration", report, at);
            case 8: return Readings.Error("scale requires re-zeroing", report, at);
            case 3 or 4: break;
            default: return Readings.Error($"unknown HID scale status {status}", report, at);
        }

        if (!HidPosUnits.TryGet(unitCode, out var unit, out var gramsPerUnit))
            return Readings.Error($"unsupported HID weight unit {unitCode}", report, at);
        if (exponent is < -8 or > 8)
            return Readings.Error($"implausible HID scaling exponent {exponent}", report, at);

        var value = raw * Pow10(exponent);
        return Readings.Grams(value * gramsPerUnit, unit, stable: status == 4, report, at);
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
            result *= 10m;
        return exponent < 0 ? 1m / result : result;
    }
}
